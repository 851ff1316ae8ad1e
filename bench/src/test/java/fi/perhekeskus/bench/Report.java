package fi.perhekeskus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.perhekeskus.bench.Benchmark.Results;
import fi.perhekeskus.bench.GatlingRun.Figures;

/** A run's figures as the ratios and targets of issue 16, in docs/benchmarks.md. */
final class Report {

    /** Newer runs are written right under this line, so the page keeps its history. */
    static final String RUNS = "<!-- runs: the newest first, written by the benchmark -->";

    private Report() {
    }

    static String summary(Results results) {
        Figures commands = results.scenarios().get("commands only").get("All Requests");
        return String.format(Locale.ROOT, """
                        commands only: %.0f/s, p99 %d ms, %.2f ms of the application's CPU each
                        pgbench (a) one event-shaped insert a transaction: %.0f tps; commands are %.1f %% of it
                        pgbench (b) RecordNeed's own statements: %.0f tps; commands are %.1f %% of it
                        case list's lag at %.0f commands/s: p99 %.0f ms""",
                commands.perSecond(), commands.p99(), results.cpuMillisPerCommand(), results.rawInserts(),
                100 * commands.perSecond() / results.rawInserts(), results.rawRecordNeed(),
                100 * commands.perSecond() / results.rawRecordNeed(), results.lagRate(), p99(results.lagMillis()));
    }

    static void write(Results results, Path file, Path root) throws IOException {
        String run = run(results, root);
        String page = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n" + RUNS + "\n";
        int at = page.indexOf(RUNS);
        if (at < 0) {
            page = page + "\n" + RUNS + "\n";
            at = page.indexOf(RUNS);
        }
        at += RUNS.length() + 1;
        Files.writeString(file, page.substring(0, at) + "\n" + run + page.substring(at), StandardCharsets.UTF_8);
    }

    private static String run(Results results, Path root) {
        var out = new StringBuilder();
        Figures commands = results.scenarios().get("commands only").get("All Requests");
        double lag = p99(results.lagMillis());
        out.append(String.format(Locale.ROOT, """
                        ## %s, commit %s (%s run)

                        Machine: %s. Load average %s.

                        | target | figure | met |
                        |---|---|---|
                        | commands with %d clients ≥ 650/s | %.0f/s | %s |
                        | their p99 ≤ 50 ms | %d ms | %s |
                        | ≥ 40 %% of baseline (b) | %.1f %% of %.0f tps | %s |
                        | CPU per command ≤ 3 ms | %.2f ms (the application's JVM, not PostgreSQL) | %s |
                        | case list's lag p99 ≤ 100 ms at half the command rate (%.0f/s) | %.0f ms (%d samples) | %s |

                        Raw PostgreSQL on the same server, the application stopped meanwhile: (a) one event-shaped
                        insert a transaction %.0f tps (commands are %.1f %% of it); (b) the statements of one
                        `RecordNeed` %.0f tps (commands are %.1f %% of it).

                        """,
                LocalDate.now(), commit(root), results.size().name(), machine(), results.load(),
                results.size().clients(), commands.perSecond(), mark(commands.perSecond() >= 650), commands.p99(),
                mark(commands.p99() <= 50), 100 * commands.perSecond() / results.rawRecordNeed(),
                results.rawRecordNeed(), mark(commands.perSecond() >= 0.4 * results.rawRecordNeed()),
                results.cpuMillisPerCommand(), mark(results.cpuMillisPerCommand() <= 3), results.lagRate(), lag,
                results.lagMillis().size(), mark(lag <= 100), results.rawInserts(),
                100 * commands.perSecond() / results.rawInserts(), results.rawRecordNeed(),
                100 * commands.perSecond() / results.rawRecordNeed()));
        out.append("| scenario | request | ok | failed | per second | p50 ms | p99 ms | max ms |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        results.scenarios().forEach((scenario, figures) -> figures.values().forEach(request -> out.append(
                String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %d | %d | %d |%n", scenario, request.name(),
                        request.ok(), request.failed(), request.perSecond(), request.p50(), request.p99(),
                        request.max()))));
        out.append("\nThe statements of one `RecordNeed`, from PostgreSQL's log (baseline (b) runs them, varied as "
                + "`StatementCapture` says):\n\n```sql\n");
        results.statements().forEach(statement -> out.append(abbreviated(statement)).append(";\n"));
        out.append("```\n");
        return out.toString();
    }

    /** Long values (the event's payload in hex) are cut for reading; the script has them whole. */
    private static String abbreviated(String statement) {
        String oneLine = statement.replaceAll("\\s+", " ").strip();
        return oneLine.replaceAll("'(\\\\x[0-9a-f]{16})[0-9a-f]+'", "'$1…'");
    }

    private static String mark(boolean met) {
        return met ? "yes" : "no";
    }

    static double p99(List<Double> samples) {
        if (samples.isEmpty()) {
            return 0;
        }
        var sorted = new ArrayList<>(samples);
        sorted.sort(Double::compare);
        return sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
    }

    static String load() {
        return read(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static String machine() {
        String model = read(Path.of("/proc/cpuinfo")).lines().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown processor");
        long memory = read(Path.of("/proc/meminfo")).lines().filter(line -> line.startsWith("MemTotal"))
                .findFirst().map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024).orElse(0L);
        return Runtime.getRuntime().availableProcessors() + " cores (" + model + "), " + memory + " GiB, Java "
                + Runtime.version() + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private static String commit(Path root) {
        try {
            var git = new ProcessBuilder("git", "-C", root.toString(), "rev-parse", "--short", "HEAD")
                    .redirectErrorStream(true).start();
            String hash = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            var dirty = new ProcessBuilder("git", "-C", root.toString(), "status", "--porcelain", "--untracked-files=no")
                    .redirectErrorStream(true).start();
            boolean changed = dirty.getInputStream().readAllBytes().length > 0;
            return hash + (changed ? " with uncommitted changes" : "");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
