package fi.perhekeskus.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/** Key workers reading their caseload and their families' plans, and nothing else. */
public class ReadsOnly extends Simulation {

    {
        setUp(scenario("reads").during(Load.length()).on(feed(Load.families()).exec(Load.readCaseload())
                .exec(Load.readCase())).injectOpen(atOnceUsers(Load.clients()))).protocols(Load.as("maija"));
    }
}
