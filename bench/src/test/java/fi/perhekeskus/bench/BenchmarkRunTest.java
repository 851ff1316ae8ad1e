package fi.perhekeskus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The benchmark of a CI size, run in every build: it proves the whole run works (the application
 * under Gatling's scenarios, the statement capture, both pgbench baselines, the report), never how
 * fast anything is: no timing is asserted on a shared machine.
 */
class BenchmarkRunTest {

    @Test
    void aShortRunGoesThroughEveryStepAndReportsItsFigures() throws Exception {
        var results = Benchmark.fromSystemProperties(Size.named(System.getProperty("benchmark.size", "ci"))).run();

        assertThat(results.scenarios()).containsOnlyKeys("a key worker's day", "commands only", "reads only",
                "a supervisor's audit reads", "commands at half the rate");
        results.scenarios().forEach((scenario, figures) -> assertThat(figures.get("All Requests").failed())
                .as(scenario + ": no request failed").isZero());
        assertThat(results.scenarios().get("commands only").get("All Requests").ok()).isPositive();
        assertThat(results.statements()).anyMatch(statement -> statement.contains("INSERT INTO domain_event_entry"));
        assertThat(results.rawInserts()).isPositive();
        assertThat(results.rawRecordNeed()).isPositive();
        assertThat(results.lagMillis()).isNotEmpty();
    }
}
