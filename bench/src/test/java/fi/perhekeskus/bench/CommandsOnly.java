package fi.perhekeskus.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * Key workers recording needs, nothing else: as many clients as the run has, each sending its next
 * command as soon as the last is answered; or, with {@code benchmark.rate}, commands arriving at
 * that rate whatever the answers take (for the tracking lag at half the maximum).
 */
public class CommandsOnly extends Simulation {

    {
        String rate = System.getProperty(Load.RATE);
        if (rate == null) {
            setUp(scenario("commands").during(Load.length()).on(feed(Load.families()).exec(Load.recordNeed()))
                    .injectOpen(atOnceUsers(Load.clients()))).protocols(Load.as("maija"));
        } else {
            setUp(scenario("commands at a rate").exec(feed(Load.families()).exec(Load.recordNeed()))
                    .injectOpen(constantUsersPerSec(Double.parseDouble(rate)).during(Load.length())))
                    .protocols(Load.as("maija"));
        }
    }
}
