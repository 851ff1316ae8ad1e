package fi.perhekeskus.bench;

import java.time.Duration;

/**
 * How long and how wide a benchmark run is. {@code ci} proves in every build that the whole run
 * works (its figures mean nothing); {@code full} is the one whose figures go to docs/benchmarks.md.
 *
 * @param warmUp      the mixed day run first, unmeasured, while the JIT compiles
 * @param measured    each measured scenario's length
 * @param clients     concurrent clients of the closed scenarios (the targets are for 8)
 * @param cases       cases the key workers work on, a few per client
 * @param auditEvents events of the case a supervisor looks back at
 * @param pgbench     each pgbench run's length
 * @param scaleCases  cases generated into the store before anything else runs, all jari's
 * @param scaleEvents the generated cases' events in all
 * @param planEvents  events of the one generated plan whose loading is timed
 * @param planLoads   its loads timed, with its snapshot and without
 * @param listRate    jari's case-list requests a second while commands run at scale
 */
record Size(String name, Duration warmUp, Duration measured, int clients, int cases, int auditEvents,
            Duration pgbench, int scaleCases, int scaleEvents, int planEvents, int planLoads, int listRate) {

    static Size named(String name) {
        return switch (name) {
            // The warm-up follows the store's generation and rebuilds, which have compiled much of what a command runs.
            case "full" -> new Size(name, Duration.ofSeconds(120), Duration.ofSeconds(60), 8, 40, 2000,
                    Duration.ofSeconds(20), 10_000, 1_000_000, 1_000, 200, 20);
            // Small enough that the whole build stays inside its 20 minutes on two cores; every step still runs.
            case "ci" -> new Size(name, Duration.ofSeconds(5), Duration.ofSeconds(5), 2, 4, 60, Duration.ofSeconds(2),
                    20, 2_000, 500, 10, 4);
            default -> throw new IllegalArgumentException("benchmark.size is ci or full, not " + name);
        };
    }

    boolean full() {
        return name.equals("full");
    }
}
