package fi.perhekeskus.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.Simulation;

/**
 * A supervisor (helena, of maija's unit) looking back at one case of many events: the plan at a
 * random version's moment, the versions, a diff between two random versions, a random history page.
 */
public class SupervisorAudit extends Simulation {

    {
        String plan = "/api/v1/cases/" + System.getProperty(Load.AUDIT_CASE);
        int events = Integer.getInteger(Load.AUDIT_EVENTS);
        var lookBack = exec(session -> {
            var random = ThreadLocalRandom.current();
            int from = random.nextInt(events - 1);
            return session.set("from", from).set("to", from + 1 + random.nextInt(events - 1 - from))
                    .set("page", random.nextInt(Math.max(1, events / 50)));
        })
                .exec(http("plan/versions").get(plan + "/plan/versions").check(status().is(200)))
                .exec(http("plan/diff").get(plan + "/plan/diff?from=#{from}&to=#{to}").check(status().is(200)))
                .exec(http("history page").get(plan + "/history?page=#{page}").check(status().is(200)));
        setUp(scenario("supervisor's audit").during(Load.length()).on(lookBack)
                .injectOpen(atOnceUsers(Load.clients()))).protocols(Load.as("helena"));
    }
}
