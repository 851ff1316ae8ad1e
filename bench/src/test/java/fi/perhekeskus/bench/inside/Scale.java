package fi.perhekeskus.bench.inside;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.management.ObjectName;

import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.plan.SharedPlan;
import fi.perhekeskus.platform.axon.ProjectionRebuild;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's hands inside the application (see {@link ScaleMBean}). It is on the application's
 * classpath only when the benchmark starts it, which adds the benchmark's own classes; the
 * application's component scan then finds it.
 */
@Component
class Scale implements ScaleMBean, InitializingBean, DisposableBean {

    private static final String CASE_LIST = "case-list";
    /** Events appended in one transaction: large enough that a commit is no cost, small enough to stay in memory. */
    private static final int EVENTS_A_TRANSACTION = 5_000;
    /**
     * Cases generated together, their events interleaved by time: with 10,000 cases opened over 300
     * days, each lasting about a month, some 800 are open on any day; 500 at once keeps the events of
     * a batch in memory.
     */
    private static final int CASES_AT_ONCE = 500;
    /** About the most a plan is read past its last snapshot, which is taken every 50 events. */
    private static final int PAST_SNAPSHOT = 49;
    private static final Duration LONGEST_CATCH_UP = Duration.ofMinutes(30);
    /** Any fixed seed: every run generates cases of the same sizes and contents. */
    private static final long SEED = 16;

    private final EventStorageEngine storage;
    private final TransactionTemplate transaction;
    private final TransactionManager unitOfWorkTransactions;
    private final ProjectionRebuild rebuild;
    private final EventProcessingConfiguration processing;
    private final ProfessionalRepository professionals;
    private final JdbcTemplate jdbc;
    private final Configuration axon;
    private final Cache plansInMemory;
    private final Snapshotter snapshotter;
    private volatile String longPlan;

    Scale(EventStorageEngine storage, PlatformTransactionManager transactions, TransactionManager unitOfWorkTransactions,
          ProjectionRebuild rebuild, EventProcessingConfiguration processing, ProfessionalRepository professionals,
          JdbcTemplate jdbc, Configuration axon, @Qualifier("plansInMemory") Cache plansInMemory,
          Snapshotter snapshotter) {
        this.storage = storage;
        this.transaction = new TransactionTemplate(transactions);
        this.unitOfWorkTransactions = unitOfWorkTransactions;
        this.rebuild = rebuild;
        this.processing = processing;
        this.professionals = professionals;
        this.jdbc = jdbc;
        this.axon = axon;
        this.plansInMemory = plansInMemory;
        this.snapshotter = snapshotter;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        ManagementFactory.getPlatformMBeanServer().registerMBean(this, new ObjectName(NAME));
    }

    @Override
    public void destroy() throws Exception {
        ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
    }

    @Override
    public Map<String, Long> generate(int cases, int events, int planEvents) {
        long started = System.nanoTime();
        processing.eventProcessor(CASE_LIST).ifPresent(EventProcessor::shutDown);
        GeneratedCase.Staff staff = staff("jari", "tuula");
        int[] sizes = sizes(cases - 1, events - planEvents);
        Instant now = Instant.now();
        var together = new ArrayList<DomainEventMessage<?>>();
        for (int number = 0; number < sizes.length; number++) {
            // Opened between 400 and 100 days ago, each lasting weeks: all of it in the past.
            Instant openedAt = now.minus(Duration.ofDays(400)).plus(Duration.ofDays(300).multipliedBy(number)
                    .dividedBy(sizes.length));
            together.addAll(GeneratedCase.events(UUID.randomUUID(), staff, sizes[number], openedAt, SEED + number));
            if ((number + 1) % CASES_AT_ONCE == 0 || number == sizes.length - 1) {
                appendAsTheyHappened(together);
                together.clear();
            }
        }
        UUID plan = UUID.randomUUID();
        List<DomainEventMessage<?>> planned = GeneratedCase.events(plan, staff, planEvents,
                now.minus(Duration.ofDays(300)), SEED - 1);
        append(planned.subList(0, planEvents - PAST_SNAPSHOT));
        snapshotter.scheduleSnapshot(SharedPlan.class, plan.toString());
        storage.readSnapshot(plan.toString()).orElseThrow(() -> new IllegalStateException("No snapshot of " + plan));
        append(planned.subList(planEvents - PAST_SNAPSHOT, planEvents));
        longPlan = plan.toString();
        return Map.of("cases", (long) cases, "events", (long) events, "millis", millis(started));
    }

    /** A key worker, and the specialist of their unit whom their families' needs are shared with. */
    private GeneratedCase.Staff staff(String keyWorker, String specialist) {
        Professional worker = professionals.findByUsername(keyWorker).orElseThrow();
        Professional invited = professionals.findByUsername(specialist).orElseThrow();
        return new GeneratedCase.Staff(worker.getId(), worker.getUnitId(), invited.getId(), invited.getUnitId());
    }

    /** Each case's event count: varied between half and one and a half times the mean, the total exact. */
    private static int[] sizes(int cases, int events) {
        var random = new SplittableRandom(SEED);
        double[] weights = new double[cases];
        Arrays.setAll(weights, number -> 0.5 + random.nextDouble());
        double total = Arrays.stream(weights).sum();
        int[] sizes = new int[cases];
        double before = 0;
        for (int number = 0; number < cases; number++) {
            double after = before + weights[number];
            sizes[number] = (int) Math.round(events * after / total) - (int) Math.round(events * before / total);
            before = after;
        }
        if (Arrays.stream(sizes).anyMatch(size -> size < 1)) {
            throw new IllegalArgumentException(events + " events are too few for " + cases + " cases");
        }
        return sizes;
    }

    /**
     * In the order of their times, as a family centre's store has them: the events of cases open at the
     * same time interleave, so that a rebuild finds each case's rows where a real one would, mostly no
     * longer among those of the last thousand events. A case's own events keep their order.
     */
    private void appendAsTheyHappened(List<DomainEventMessage<?>> events) {
        events.sort(Comparator.comparing(DomainEventMessage::getTimestamp));
        for (int from = 0; from < events.size(); from += EVENTS_A_TRANSACTION) {
            append(events.subList(from, Math.min(events.size(), from + EVENTS_A_TRANSACTION)));
        }
    }

    private void append(List<? extends DomainEventMessage<?>> events) {
        if (!events.isEmpty()) {
            transaction.executeWithoutResult(status -> storage.appendEvents(events));
        }
    }

    @Override
    public String longPlan() {
        return longPlan;
    }

    @Override
    public Map<String, Long> rebuild(String group) {
        EventProcessor processor = processing.eventProcessor(group)
                .orElseThrow(() -> new IllegalArgumentException("No event processor " + group));
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            long started = System.nanoTime();
            long events = rebuild.rebuild(group);
            return Map.of("events", events, "millis", millis(started));
        }
        long newest = jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM domain_event_entry", Long.class);
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?", Long.class,
                newest);
        long started = System.nanoTime();
        rebuild.rebuild(group);
        awaitPosition(streaming, newest);
        return Map.of("events", events, "millis", millis(started));
    }

    /** Until every segment's token has passed the event at {@code newest}. */
    private static void awaitPosition(StreamingEventProcessor processor, long newest) {
        Instant until = Instant.now().plus(LONGEST_CATCH_UP);
        while (Instant.now().isBefore(until)) {
            var status = processor.processingStatus().values();
            status.stream().filter(EventTrackerStatus::isErrorState).findAny().ifPresent(failed -> {
                throw new IllegalStateException(processor.getName() + " failed", failed.getError());
            });
            double covered = status.stream().mapToDouble(segment -> 1.0 / (segment.getSegment().getMask() + 1)).sum();
            if (covered > 0.999 && status.stream().allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= newest)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(processor.getName() + " did not catch up within " + LONGEST_CATCH_UP);
    }

    @Override
    public Map<String, Long> loadPlan(String caseId, int loads, boolean snapshot) {
        if (snapshot && storage.readSnapshot(caseId).isEmpty()) {
            throw new IllegalStateException("No snapshot of " + caseId);
        }
        Repository<SharedPlan> plans = axon.repository(SharedPlan.class);
        for (int warmUp = 0; warmUp < Math.max(1, loads / 5); warmUp++) {
            load(plans, caseId, snapshot);
        }
        long[] micros = new long[loads];
        long[] cpuMicros = new long[loads];
        long version = 0;
        for (int load = 0; load < loads; load++) {
            Loaded loaded = load(plans, caseId, snapshot);
            micros[load] = loaded.nanos() / 1_000;
            cpuMicros[load] = loaded.cpuNanos() / 1_000;
            version = loaded.version();
        }
        Arrays.sort(micros);
        Arrays.sort(cpuMicros);
        return Map.of("events", version + 1, "loads", (long) loads, "p50Micros", percentile(micros, 0.50),
                "p99Micros", percentile(micros, 0.99), "maxMicros", micros[loads - 1],
                "p50CpuMicros", percentile(cpuMicros, 0.50));
    }

    /** A load's time, and the CPU its thread used meanwhile. */
    private record Loaded(long nanos, long cpuNanos, long version) {
    }

    /**
     * One load as a command makes it, only the load itself timed: the unit of work is then rolled
     * back, so the plan is not put in memory, and a snapshot the load asks for is taken after it has
     * ended (and removed again before the next load without snapshots).
     */
    private Loaded load(Repository<SharedPlan> plans, String caseId, boolean snapshot) {
        plansInMemory.remove(caseId);
        if (!snapshot) {
            jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", caseId);
        }
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(unitOfWorkTransactions);
        try {
            var threads = ManagementFactory.getThreadMXBean();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            long version = plans.load(caseId).version();
            return new Loaded(System.nanoTime() - started, threads.getCurrentThreadCpuTime() - cpuStarted, version);
        } finally {
            unitOfWork.rollback();
        }
    }

    private static long percentile(long[] sorted, double share) {
        return sorted[(int) Math.ceil(share * sorted.length) - 1];
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
