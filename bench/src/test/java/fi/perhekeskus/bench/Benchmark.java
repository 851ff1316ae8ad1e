package fi.perhekeskus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import fi.perhekeskus.bench.GatlingRun.Figures;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The whole benchmark in one run: the application started on an ephemeral embedded PostgreSQL, its
 * store filled with generated cases and its views rebuilt from them ({@link AtScale}), warmed up,
 * loaded by Gatling scenario after scenario (the commands-only one profiled by Java Flight
 * Recorder), the figures at scale taken, and the same PostgreSQL then loaded by pgbench alone, with
 * one event-shaped insert a transaction (a) and with the statements one {@code RecordNeed}
 * executes (b). The ratios go to docs/benchmarks.md (a full run) or to the work directory (the
 * build's CI-sized run).
 */
public final class Benchmark {

    /** What one run found, for the report. */
    record Results(Size size, Map<String, Map<String, Figures>> scenarios, double cpuMillisPerCommand,
                   CommandProfile.Found profile, List<Double> lagMillis, double lagRate, double rawInserts,
                   double rawRecordNeed, List<String> statements, AtScale.Results scale, String load, Duration took) {
    }

    private final Size size;
    private final Path root;
    private final Path work;
    private final Path classpath;

    Benchmark(Size size, Path root, Path work, Path classpath) {
        this.size = size;
        this.root = root;
        this.work = work;
        this.classpath = classpath;
    }

    /** {@code tools/benchmark.sh}: a full run, written to docs/benchmarks.md. */
    public static void main(String[] arguments) throws Exception {
        var benchmark = fromSystemProperties(Size.named(System.getProperty("benchmark.size", "full")));
        var results = benchmark.run();
        System.out.println(Report.summary(results));
    }

    static Benchmark fromSystemProperties(Size size) {
        Path root = Path.of(System.getProperty("benchmark.root")).toAbsolutePath();
        Path work = root.resolve("bench").resolve("target").resolve("benchmark");
        return new Benchmark(size, root, work, Path.of(System.getProperty("benchmark.application-classpath")));
    }

    Results run() throws Exception {
        Files.createDirectories(work);
        long started = System.nanoTime();
        String loadBefore = Report.load();
        try (var application = RunningApplication.start(classpath, work, work.resolve("application.log"))) {
            var atScale = AtScale.build(application, size);
            var workload = new Workload(application.baseUrl());
            Path families = workload.families(size.cases(), work.resolve("families.csv"));
            var audited = workload.longCase(size.auditEvents());
            var settings = new LinkedHashMap<String, String>(Map.of(
                    Load.BASE_URL, application.baseUrl(), Load.CASES, families.toString(),
                    Load.CLIENTS, String.valueOf(size.clients()), Load.SECONDS, String.valueOf(size.warmUp().toSeconds()),
                    Load.AUDIT_CASE, audited.caseId(), Load.AUDIT_EVENTS, String.valueOf(size.auditEvents()),
                    KeyWorkerDay.SPECIALIST, specialist(workload)));
            Path reports = work.resolve("gatling");
            GatlingRun.run(KeyWorkerDay.class, reports, settings);

            settings.put(Load.SECONDS, String.valueOf(size.measured().toSeconds()));
            var scenarios = new LinkedHashMap<String, Map<String, Figures>>();
            scenarios.put("a key worker's day", GatlingRun.run(KeyWorkerDay.class, reports, settings));
            CommandProfile.start(application);
            Duration cpuBefore = application.cpuTime();
            var commands = GatlingRun.run(CommandsOnly.class, reports, settings);
            long commandCount = commands.get("All Requests").ok() + commands.get("All Requests").failed();
            double cpuPerCommand = (application.cpuTime().minus(cpuBefore).toNanos() / 1e6) / Math.max(1, commandCount);
            var profile = CommandProfile.stop(application, work.resolve("commands.jfr"));
            scenarios.put("commands only", commands);
            scenarios.put("reads only", GatlingRun.run(ReadsOnly.class, reports, settings));
            scenarios.put("a supervisor's audit reads", GatlingRun.run(SupervisorAudit.class, reports, settings));

            double halfRate = Math.max(1, commands.get("All Requests").perSecond() / 2);
            settings.put(Load.RATE, String.valueOf(halfRate));
            var lag = new LagSampler(application.superuser());
            scenarios.put("commands at half the rate", lag.during(() ->
                    GatlingRun.run(CommandsOnly.class, reports, settings)));
            settings.remove(Load.RATE);
            System.clearProperty(Load.RATE);
            var scale = atScale.measure(reports, settings, halfRate);

            var capturedFamily = workload.openCase();
            var captured = StatementCapture.recordNeed(application, workload, capturedFamily);
            Path recordNeedScript = recordNeedScript(application, workload, captured, capturedFamily);
            Path rawInsert = root.resolve("tools").resolve("raw-insert.sql");
            prepareRawInsert(application.superuser());

            application.pause();
            var pgbench = new PgBench(application, work);
            double rawInserts = pgbench.run("a-insert", rawInsert, size.clients(), size.pgbench());
            double rawRecordNeed = pgbench.run("b-record-need", recordNeedScript, size.clients(), size.pgbench());
            var results = new Results(size, scenarios, cpuPerCommand, profile, lag.samples(), halfRate, rawInserts,
                    rawRecordNeed, captured.statements(), scale, loadBefore + " before, " + Report.load() + " after",
                    Duration.ofNanos(System.nanoTime() - started));
            Report.write(results, size.full() ? root.resolve("docs").resolve("benchmarks.md")
                    : work.resolve("benchmarks.md"), root);
            return results;
        }
    }

    /** The specialist invited on the key worker's day. */
    private static String specialist(Workload workload) {
        String found = workload.get("/api/v1/professionals?q=sami");
        int at = found.indexOf("\"id\"");
        return found.substring(found.indexOf('"', at + 5) + 1, found.indexOf('"', at + 5) + 37);
    }

    private void prepareRawInsert(PGSimpleDataSource superuser) throws SQLException {
        try (var connection = superuser.getConnection(); var sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE IF NOT EXISTS bench_event (global_index bigserial PRIMARY KEY,
                      event_identifier varchar(255) NOT NULL UNIQUE, aggregate_identifier varchar(255) NOT NULL,
                      sequence_number bigint NOT NULL, type varchar(255), time_stamp varchar(255) NOT NULL,
                      payload_type varchar(255) NOT NULL, payload_revision varchar(255), payload bytea NOT NULL,
                      meta_data bytea, UNIQUE (aggregate_identifier, sequence_number))""");
        }
    }

    /** The captured statements as a script, and one family of the run's own for each pgbench client. */
    private Path recordNeedScript(RunningApplication application, Workload workload, StatementCapture.Captured captured,
                                  Workload.Family family) throws SQLException, IOException {
        var clients = new ArrayList<Workload.Family>();
        for (int client = 0; client < size.clients(); client++) {
            clients.add(workload.openCase());
        }
        String eventId;
        long sequence;
        try (var connection = application.superuser().getConnection(); var sql = connection.createStatement()) {
            var last = sql.executeQuery("SELECT event_identifier, sequence_number FROM domain_event_entry "
                    + "WHERE aggregate_identifier = '" + family.caseId() + "' ORDER BY sequence_number DESC LIMIT 1");
            last.next();
            eventId = last.getString(1);
            sequence = last.getLong(2);
            sql.execute("CREATE TABLE IF NOT EXISTS bench_client (client int PRIMARY KEY, case_id text NOT NULL)");
            for (int client = 0; client < clients.size(); client++) {
                sql.execute("INSERT INTO bench_client VALUES (" + client + ", '" + clients.get(client).caseId() + "')");
            }
        }
        UUID caseUuid = UUID.fromString(family.caseId());
        long lockKey = caseUuid.getMostSignificantBits() ^ caseUuid.getLeastSignificantBits();
        Path script = work.resolve("record-need.sql");
        Files.writeString(script, StatementCapture.script(captured, family.caseId(), eventId, sequence, lockKey),
                StandardCharsets.UTF_8);
        return script;
    }

    /**
     * How far the case list's processor is behind, in milliseconds, sampled every 100 ms: the age of
     * the oldest event it has not handled yet (0 when it has handled every one).
     */
    static final class LagSampler {

        private final PGSimpleDataSource superuser;
        private final List<Double> samples = Collections.synchronizedList(new ArrayList<>());

        LagSampler(PGSimpleDataSource superuser) {
            this.superuser = superuser;
        }

        <T> T during(java.util.function.Supplier<T> load) {
            var sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
            try {
                return load.get();
            } finally {
                sampler.shutdownNow();
            }
        }

        private void sample() {
            try (var connection = superuser.getConnection(); var sql = connection.createStatement()) {
                var lag = sql.executeQuery("""
                        WITH position AS (
                          SELECT min(coalesce(t ->> 'index', t -> 'currentToken' ->> 'index')::bigint) AS handled
                          FROM (SELECT convert_from(token, 'UTF8')::jsonb AS t FROM token_entry
                                WHERE processor_name = 'case-list' AND token IS NOT NULL) tokens)
                        SELECT coalesce(extract(epoch FROM clock_timestamp() - min(e.time_stamp::timestamptz)) * 1000, 0)
                        FROM domain_event_entry e, position WHERE e.global_index > position.handled""");
                lag.next();
                samples.add(lag.getDouble(1));
            } catch (SQLException unreadable) {
                // A sample missed: the next one is 100 ms away.
            }
        }

        List<Double> samples() {
            return List.copyOf(samples);
        }
    }
}
