package fi.perhekeskus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        AtScale.Results scale = results.scale();
        var out = new StringBuilder(String.format(Locale.ROOT, """
                        commands only: %.0f/s, p99 %d ms, %.2f ms of the application's CPU each
                        pgbench (a) one event-shaped insert a transaction: %.0f tps; commands are %.1f %% of it
                        pgbench (b) RecordNeed's own statements: %.0f tps; commands are %.1f %% of it
                        case list's lag at %.0f commands/s: p99 %.0f ms
                        generated %d cases and %d events in %.1f s
                        """,
                commands.perSecond(), commands.p99(), results.cpuMillisPerCommand(), results.rawInserts(),
                100 * commands.perSecond() / results.rawInserts(), results.rawRecordNeed(),
                100 * commands.perSecond() / results.rawRecordNeed(), results.lagRate(), p99(results.lagMillis()),
                scale.cases(), scale.events(), scale.generationMillis() / 1000.0));
        scale.rebuilds().forEach((view, rebuilt) -> out.append(String.format(Locale.ROOT,
                "%s rebuilt from %d events in %.1f s: %.0f events/s, %.0f per second of the application's CPU%n", view,
                rebuilt.events(), rebuilt.millis() / 1000.0, rebuilt.perSecond(), rebuilt.perCpuSecond())));
        Figures lists = scale.caseList().get("case list");
        out.append(String.format(Locale.ROOT, """
                        case list at scale while commands run: p50 %d ms, p99 %d ms
                        a plan of %d events loads in p50 %.1f ms, p99 %.1f ms with its snapshot; %.1f ms, %.1f ms without""",
                lists.p50(), lists.p99(), scale.withoutSnapshot().events(), scale.withSnapshot().p50Micros() / 1000.0,
                scale.withSnapshot().p99Micros() / 1000.0, scale.withoutSnapshot().p50Micros() / 1000.0,
                scale.withoutSnapshot().p99Micros() / 1000.0));
        return out.toString();
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

                        Machine: %s. Load average %s. The run took %d min %d s.

                        | target | figure | met |
                        |---|---|---|
                        | commands with %d clients ≥ 650/s | %.0f/s | %s |
                        | their p99 ≤ 50 ms | %d ms | %s |
                        | ≥ 40 %% of baseline (b) | %.1f %% of %.0f tps | %s |
                        | CPU per command ≤ 3 ms | %.2f ms (the application's JVM, not PostgreSQL) | %s |
                        | case list's lag p99 ≤ 100 ms at half the command rate (%.0f/s) | %.0f ms (%d samples) | %s |
                        %s

                        Raw PostgreSQL on the same server, the application stopped meanwhile: (a) one event-shaped
                        insert a transaction %.0f tps (commands are %.1f %% of it); (b) the statements of one
                        `RecordNeed` %.0f tps (commands are %.1f %% of it).

                        """,
                LocalDate.now(), commit(root), results.size().name(), machine(), results.load(),
                results.took().toMinutes(), results.took().toSecondsPart(),
                results.size().clients(), commands.perSecond(), mark(commands.perSecond() >= 650), commands.p99(),
                mark(commands.p99() <= 50), 100 * commands.perSecond() / results.rawRecordNeed(),
                results.rawRecordNeed(), mark(commands.perSecond() >= 0.4 * results.rawRecordNeed()),
                results.cpuMillisPerCommand(), mark(results.cpuMillisPerCommand() <= 3), results.lagRate(), lag,
                results.lagMillis().size(), mark(lag <= 100), atScaleTargets(results.scale()), results.rawInserts(),
                100 * commands.perSecond() / results.rawInserts(), results.rawRecordNeed(),
                100 * commands.perSecond() / results.rawRecordNeed()));
        out.append(atScale(results.scale(), results.size().listRate()));
        out.append("| scenario | request | ok | failed | per second | p50 ms | p99 ms | max ms |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        var scenarios = new LinkedHashMap<>(results.scenarios());
        scenarios.put("at scale: case lists while commands run", results.scale().caseList());
        scenarios.forEach((scenario, figures) -> figures.values().forEach(request -> out.append(
                String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %d | %d | %d |%n", scenario, request.name(),
                        request.ok(), request.failed(), request.perSecond(), request.p50(), request.p99(),
                        request.max()))));
        out.append(profile(results.profile(), results.cpuMillisPerCommand()));
        out.append("\nThe statements of one `RecordNeed`, from PostgreSQL's log (baseline (b) runs them, varied as "
                + "`StatementCapture` says):\n\n```sql\n");
        results.statements().forEach(statement -> out.append(abbreviated(statement)).append(";\n"));
        out.append("```\n");
        return out.toString();
    }

    /** The targets at scale, as rows of the run's table. */
    private static String atScaleTargets(AtScale.Results scale) {
        var rows = new StringBuilder();
        scale.rebuilds().forEach((view, rebuilt) -> rows.append(String.format(Locale.ROOT,
                "| full rebuild of %s ≥ 25,000 events/s | %,d events in %.1f s: %,.0f/s (%.1f s of the application's CPU: "
                        + "%,.0f per CPU second) | %s |%n", view, rebuilt.events(), rebuilt.millis() / 1000.0,
                rebuilt.perSecond(), rebuilt.cpuMillis() / 1000.0, rebuilt.perCpuSecond(),
                mark(rebuilt.perSecond() >= 25_000))));
        Figures lists = scale.caseList().get("case list");
        rows.append(String.format(Locale.ROOT,
                "| case list p99 ≤ 20 ms with %,d cases and %,d events while commands run (%.0f/s) | p50 %d ms, p99 %d ms "
                        + "(%d requests) | %s |%n", scale.cases(), scale.events(), scale.commandRate(), lists.p50(),
                lists.p99(), lists.ok() + lists.failed(), mark(lists.p99() <= 20)));
        rows.append(planLoads("with its snapshot, 49 events before the end", scale.withSnapshot()));
        rows.append(planLoads("without a snapshot", scale.withoutSnapshot()));
        return rows.toString().stripTrailing();
    }

    private static String planLoads(String how, AtScale.PlanLoads loads) {
        return String.format(Locale.ROOT, "| a plan of %,d events loads in ≤ 10 ms, %s | p50 %.1f ms, p99 %.1f ms "
                        + "(%d loads; p50 %.1f ms of its thread's CPU) | %s |%n", loads.events(), how,
                loads.p50Micros() / 1000.0, loads.p99Micros() / 1000.0, loads.loads(), loads.p50CpuMicros() / 1000.0,
                mark(loads.p99Micros() <= 10_000));
    }

    /** How the store at scale was made, and what was measured on it. */
    private static String atScale(AtScale.Results scale, int listRate) {
        return String.format(Locale.ROOT, """
                        The store: %,d cases and %,d events generated before anything else ran (real plan events,
                        written by the application's serializer through Axon's storage engine: needs recorded,
                        agreed, heard from the child, acted on, shared with a specialist by consent and invitation,
                        reviewed and closed; one plan of %,d events with its snapshot 49 events before its end) in
                        %.1f s, %,.0f events/s. All are jari's cases, in the other unit than maija's, so the
                        scenarios below run on a store of that size with maija's caseload as it was. Every view was
                        then rebuilt from the whole store (%,d events), one after another on an otherwise idle
                        application with the JIT still cold: `case-view` and `case-access` each in one transaction,
                        `case-list` reset and replayed by its processor. After the scenarios, the long plan was loaded
                        again and again, its copy in memory removed before each, and jari's case list (the first
                        page of %,d cases) was asked for %d times a second, whatever the answers took, while needs
                        were recorded on maija's families at %.0f commands/s, half the commands-only rate.

                        """, scale.cases(), scale.events(), scale.withSnapshot().events(), scale.generationMillis() / 1000.0,
                scale.events() * 1000.0 / Math.max(1, scale.generationMillis()), scale.storedEvents(), scale.cases(),
                listRate, scale.commandRate());
    }

    /** Where the application's CPU went during the commands-only scenario. */
    private static String profile(CommandProfile.Found profile, double cpuMillisPerCommand) {
        var out = new StringBuilder(String.format(Locale.ROOT, """

                        Where a command's CPU goes (%.2f ms each, Flight Recorder's own few per cent included): Java
                        Flight Recorder in the application during the commands-only scenario, %,d execution samples of
                        its Java threads (the garbage collector, the JIT and PostgreSQL are not among them).

                        """, cpuMillisPerCommand, profile.samples()));
        out.append(shares("library (a sample is the first library's from the top of its stack, the JDK skipped)",
                profile.libraries(), "%s"));
        out.append(shares("the application's own code on the stack", profile.ownCode(), "`%s`"));
        out.append(shares("method on top of the stack (self time)", profile.topFrames(), "`%s`"));
        out.append(shares("thread", profile.threads(), "`%s`"));
        return out.toString();
    }

    private static String shares(String heading, List<CommandProfile.Share> shares, String name) {
        var table = new StringBuilder("| " + heading + " | samples |\n|---|---|\n");
        shares.forEach(share -> table.append("| ").append(name.formatted(share.name()))
                .append(String.format(Locale.ROOT, " | %.1f %% |%n", share.percent())));
        return table.append('\n').toString();
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
