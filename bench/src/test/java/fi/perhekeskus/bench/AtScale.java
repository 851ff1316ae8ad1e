package fi.perhekeskus.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import fi.perhekeskus.bench.GatlingRun.Figures;
import fi.perhekeskus.bench.inside.ScaleMBean;

/**
 * The store at scale, and the figures that need it. First, before anything else runs, thousands of
 * generated cases' events are appended to the application's store and every view is rebuilt from
 * them ({@link #build}); the rest of the benchmark then runs on that store. Later, with the JIT
 * warm, one long plan is loaded again and again and the key worker of the generated cases reads
 * his case list while commands run ({@link #measure}).
 */
final class AtScale {

    /** The views in the order they are rebuilt: the two the commands write, then the case list's figures. */
    static final String[] VIEWS = {"case-view", "case-access", "case-list"};

    /**
     * Events a view was given in its rebuild, how long it took, and the application's CPU meanwhile
     * (its JVM's, every thread's: on a shared machine the time a rebuild waits for a core is not its cost).
     */
    record Rebuilt(long events, long millis, long cpuMillis) {

        double perSecond() {
            return events * 1000.0 / Math.max(1, millis);
        }

        double perCpuSecond() {
            return events * 1000.0 / Math.max(1, cpuMillis);
        }
    }

    /** Loads of one plan from the store: how many events it has, a load's p50, p99 and longest, and its CPU's p50. */
    record PlanLoads(long events, long loads, long p50Micros, long p99Micros, long maxMicros, long p50CpuMicros) {

        static PlanLoads of(Map<String, Long> found) {
            return new PlanLoads(found.get("events"), found.get("loads"), found.get("p50Micros"),
                    found.get("p99Micros"), found.get("maxMicros"), found.get("p50CpuMicros"));
        }
    }

    /**
     * @param storedEvents every event in the store once generated, the application's own before it included
     * @param rebuilds     by view, in {@link #VIEWS}' order
     * @param commandRate  the commands a second {@link CaseListUnderCommands} sent meanwhile
     * @param caseList     its Gatling figures, by request
     */
    record Results(long cases, long events, long generationMillis, long storedEvents, Map<String, Rebuilt> rebuilds,
                   PlanLoads withSnapshot, PlanLoads withoutSnapshot, double commandRate, Map<String, Figures> caseList) {
    }

    private final RunningApplication application;
    private final Size size;
    private final ScaleMBean scale;
    private final Map<String, Long> generated;
    private final long storedEvents;
    private final Map<String, Rebuilt> rebuilds = new LinkedHashMap<>();

    private AtScale(RunningApplication application, Size size) throws IOException, SQLException {
        this.application = application;
        this.size = size;
        this.scale = application.scale();
        this.generated = scale.generate(size.scaleCases(), size.scaleEvents(), size.planEvents());
        this.storedEvents = count(application);
        for (String view : VIEWS) {
            Duration cpuBefore = application.cpuTime();
            Map<String, Long> rebuilt = scale.rebuild(view);
            rebuilds.put(view, new Rebuilt(rebuilt.get("events"), rebuilt.get("millis"),
                    application.cpuTime().minus(cpuBefore).toMillis()));
        }
        // Tables filled in one transaction have no statistics until autovacuum comes by (within a
        // minute); a running system's have them, so the planner is given them before anything runs.
        try (var connection = application.superuser().getConnection(); var sql = connection.createStatement()) {
            sql.execute("ANALYZE");
        }
    }

    /** The generated store, its views rebuilt: what the rest of the benchmark runs on. */
    static AtScale build(RunningApplication application, Size size) throws IOException, SQLException {
        return new AtScale(application, size);
    }

    private static long count(RunningApplication application) throws SQLException {
        try (var connection = application.superuser().getConnection(); var sql = connection.createStatement()) {
            var count = sql.executeQuery("SELECT count(*) FROM domain_event_entry");
            count.next();
            return count.getLong(1);
        }
    }

    /** The long plan's loads, with its snapshot and without, and the case list read while commands run at {@code rate}. */
    Results measure(Path reports, Map<String, String> settings, double rate) {
        PlanLoads withSnapshot = PlanLoads.of(scale.loadPlan(scale.longPlan(), size.planLoads(), true));
        PlanLoads withoutSnapshot = PlanLoads.of(scale.loadPlan(scale.longPlan(), size.planLoads(), false));
        var atScale = new LinkedHashMap<>(settings);
        atScale.put(Load.RATE, String.valueOf(rate));
        atScale.put(CaseListUnderCommands.LIST_RATE, String.valueOf(size.listRate()));
        Map<String, Figures> caseList = GatlingRun.run(CaseListUnderCommands.class, reports, atScale);
        System.clearProperty(Load.RATE);
        return new Results(generated.get("cases"), generated.get("events"), generated.get("millis"), storedEvents,
                rebuilds, withSnapshot, withoutSnapshot, rate, caseList);
    }
}
