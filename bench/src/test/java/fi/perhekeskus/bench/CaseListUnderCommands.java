package fi.perhekeskus.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * The case list at scale: jari, key worker of every generated case, asking for the first page of
 * his list {@code benchmark.list-rate} times a second, whatever the answers take, while needs are
 * recorded on maija's families at {@code benchmark.rate} commands a second.
 */
public class CaseListUnderCommands extends Simulation {

    static final String LIST_RATE = "benchmark.list-rate";

    {
        setUp(scenario("commands").exec(feed(Load.families()).exec(Load.recordNeed()))
                        .injectOpen(constantUsersPerSec(Double.parseDouble(System.getProperty(Load.RATE)))
                                .during(Load.length())).protocols(Load.as("maija")),
                scenario("jari's case list").exec(Load.readCaseload())
                        .injectOpen(constantUsersPerSec(Double.parseDouble(System.getProperty(LIST_RATE)))
                                .during(Load.length())).protocols(Load.as("jari")));
    }
}
