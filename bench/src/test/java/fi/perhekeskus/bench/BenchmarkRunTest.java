package fi.perhekeskus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The benchmark of a CI size, run in every build: it proves the whole run works (the application
 * with its store generated at scale and every view rebuilt from it, under Gatling's scenarios, the
 * commands profiled, the long plan loaded with and without its snapshot, the case list read while
 * commands run, the statement capture, both pgbench baselines, the report), never how fast anything
 * is: no timing is asserted on a shared machine.
 */
class BenchmarkRunTest {

    @Test
    void aShortRunGoesThroughEveryStepAndReportsItsFigures() throws Exception {
        Size size = Size.named(System.getProperty("benchmark.size", "ci"));
        var results = Benchmark.fromSystemProperties(size).run();

        assertThat(results.scenarios()).containsOnlyKeys("a key worker's day", "commands only", "reads only",
                "a supervisor's audit reads", "commands at half the rate");
        results.scenarios().forEach((scenario, figures) -> assertThat(figures.get("All Requests").failed())
                .as(scenario + ": no request failed").isZero());
        assertThat(results.scenarios().get("commands only").get("All Requests").ok()).isPositive();
        assertThat(results.profile().samples()).as("the commands were profiled").isPositive();
        assertThat(results.profile().ownCode()).as("the application's own code was sampled").isNotEmpty();
        assertThat(results.statements()).anyMatch(statement -> statement.contains("INSERT INTO domain_event_entry"));
        assertThat(results.rawInserts()).isPositive();
        assertThat(results.rawRecordNeed()).isPositive();
        assertThat(results.lagMillis()).isNotEmpty();

        AtScale.Results scale = results.scale();
        assertThat(scale.cases()).isEqualTo(size.scaleCases());
        assertThat(scale.events()).isEqualTo(size.scaleEvents());
        assertThat(scale.storedEvents()).as("the store held the generated events alone").isEqualTo(size.scaleEvents());
        assertThat(scale.rebuilds()).containsOnlyKeys(AtScale.VIEWS);
        scale.rebuilds().forEach((view, rebuilt) -> assertThat(rebuilt.events())
                .as(view + " was given every stored event").isEqualTo(scale.storedEvents()));
        assertThat(scale.withSnapshot().events()).isEqualTo(size.planEvents());
        assertThat(scale.withoutSnapshot().events()).isEqualTo(size.planEvents());
        assertThat(scale.withSnapshot().loads()).isEqualTo(size.planLoads());
        assertThat(scale.caseList().get("All Requests").failed()).as("no request failed at scale").isZero();
        assertThat(scale.caseList().get("case list").ok()).isPositive();
        assertThat(scale.caseList().get("RecordNeed").ok()).isPositive();
    }
}
