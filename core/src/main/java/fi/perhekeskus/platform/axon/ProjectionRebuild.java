package fi.perhekeskus.platform.axon;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a view from the stored events, which are the truth. A tracking (streaming) view is
 * reset and catches up by itself, serving its old rows meanwhile. A subscribing view, which decides
 * access, has no position to reset: its tables are cleared and every stored event is applied again
 * in one transaction, so that a request sees either the old view or the whole new one, never a
 * half-built one. Meant for a maintenance window: commands wait for the rebuild's locks, and another
 * instance rebuilding the same view waits for this one (README, "Several instances"). Started
 * with {@code --familycentre.rebuild=<group>,...} (see {@link RebuildOnStartup}).
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final Duration LONGEST = Duration.ofHours(1);
    /** With the view's name hashed, the advisory lock a rebuild of that view holds. */
    public static final int REBUILD_LOCK = 0x52454255;

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine storageEngine;
    private final TransactionTemplate oneTransaction;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final List<RebuildWindow> windows;
    private final int eventsAWindow;

    /**
     * @param eventsAWindow events applied between flushes of the persistence context, which is then
     *                      emptied. Kept whole, it would hold every row the rebuild writes (a million
     *                      events make more than the heap holds). The larger the window, the fewer times
     *                      a case's rows are read and updated: in a family centre's store, where some
     *                      800 cases are open at once, a window of 1,000 events held a case's row for
     *                      one or two of its events. The rows still go in the one transaction.
     */
    ProjectionRebuild(EventProcessingConfiguration processing, EventStorageEngine storageEngine,
                      PlatformTransactionManager transactions, JdbcTemplate jdbc, EntityManager entityManager,
                      List<RebuildWindow> windows, @Value("${familycentre.rebuild-window:10000}") int eventsAWindow) {
        this.processing = processing;
        this.windows = windows;
        this.eventsAWindow = eventsAWindow;
        this.storageEngine = storageEngine;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.oneTransaction = new TransactionTemplate(transactions);
        // Far beyond the default limit meant for requests: a rebuild reads the whole store.
        this.oneTransaction.setTimeout((int) LONGEST.toSeconds());
    }

    /** The processing groups that can be rebuilt. */
    public List<String> groups() {
        return processing.eventProcessors().keySet().stream().sorted().toList();
    }

    /** @return how many stored events a subscribing view was given; 0 for a tracking view, which replays by itself */
    public long rebuild(String group) {
        EventProcessor processor = processing.eventProcessor(group)
                .orElseThrow(() -> new IllegalArgumentException("No event processor " + group + "; there are " + groups()));
        if (processor instanceof StreamingEventProcessor streaming) {
            streaming.shutDown();
            streaming.resetTokens();
            streaming.start();
            log.info("Event processor {} reset; it replays every stored event from the start", group);
            return 0;
        }
        var invoker = ((SubscribingEventProcessor) processor).eventHandlerInvoker();
        Long applied = oneTransaction.execute(status -> {
            // The only transaction allowed to outlive the usual timeout: it writes views, never events.
            jdbc.execute("SET LOCAL transaction_timeout = 0");
            jdbc.execute("SET LOCAL statement_timeout = 0");
            // Two int keys, a space apart from the commands' one-key locks per case: instances that
            // rebuild the same view at once do it one after the other, never interleaved.
            jdbc.queryForList("SELECT pg_advisory_xact_lock(?, hashtext(?))", REBUILD_LOCK, group);
            invoker.performReset();
            List<RebuildWindow> readers = windows.stream().filter(window -> window.group().equals(group)).toList();
            long count = 0;
            var window = new ArrayList<EventMessage<?>>(eventsAWindow);
            try (Stream<? extends EventMessage<?>> events = storageEngine.readEvents(null, false)) {
                for (Iterator<? extends EventMessage<?>> stored = events.iterator(); stored.hasNext(); ) {
                    window.add(stored.next());
                    if (window.size() == eventsAWindow || !stored.hasNext()) {
                        readers.forEach(reader -> reader.readAhead(window));
                        window.forEach(event -> apply(invoker, event));
                        entityManager.flush();
                        entityManager.clear();
                        count += window.size();
                        window.clear();
                    }
                }
            }
            return count;
        });
        log.info("View {} rebuilt from {} stored events", group, applied);
        return applied;
    }

    /**
     * As a replay, so that handlers marked {@link org.axonframework.eventhandling.DisallowReplay} (a log
     * written once, when the event happened) are skipped, as Axon skips them in a tracking view's replay.
     */
    private static void apply(EventHandlerInvoker invoker, EventMessage<?> stored) {
        var tracked = (TrackedEventMessage<?>) stored;
        EventMessage<?> event = stored instanceof DomainEventMessage<?> domainEvent
                ? new GenericTrackedDomainEventMessage<>(asReplay(tracked), domainEvent)
                : new GenericTrackedEventMessage<>(asReplay(tracked), stored);
        try {
            invoker.handle(event, Segment.ROOT_SEGMENT);
        } catch (Exception e) {
            throw new IllegalStateException("Could not apply " + event.getPayloadType().getSimpleName()
                    + " " + event.getIdentifier(), e);
        }
    }

    private static TrackingToken asReplay(TrackedEventMessage<?> stored) {
        return new ReplayToken(stored.trackingToken(), stored.trackingToken());
    }
}
