package fi.perhekeskus.audit.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.perhekeskus.caseview.DetachedCaseView;
import fi.perhekeskus.caseview.DetachedCaseViews;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What is kept in memory of the cases looked back at lately, so that a look at an earlier state
 * folds few events: the cases' events, read from the event store once and kept deserialized, and
 * their case view after every hundredth event, to fold an earlier state from instead of from the
 * first event. A stored event is never changed or deleted (the event table's trigger refuses it), so
 * what is kept stays true: each look reads only the events stored since, and a case's view after its
 * first hundred events is the same whenever it is built. A case's events are numbered from 0 without
 * gaps, so an event's number is its place in the list.
 */
@Component
class PastStates {

    /** About 50 MB: the 25 largest cases of 2,000 events, or many more small ones. */
    static final long EVENTS_KEPT = 50_000;

    static final int SNAPSHOT_EVERY = 100;

    /** About 35 MB: every snapshot of 25 cases of 2,000 events. */
    static final long SNAPSHOTS_KEPT = 500;

    private final EventStore store;
    private final DetachedCaseViews detached;
    private final Cache<UUID, List<DomainEventMessage<?>>> events = Caffeine.newBuilder()
            .maximumWeight(EVENTS_KEPT)
            .weigher((UUID caseId, List<DomainEventMessage<?>> kept) -> kept.size())
            .build();
    private final Cache<Snapshot, DetachedCaseView> snapshots = Caffeine.newBuilder()
            .maximumSize(SNAPSHOTS_KEPT)
            .build();

    /** A case's view after its event {@code version}, never given another event. */
    private record Snapshot(UUID caseId, long version) {
    }

    PastStates(EventStore store, DetachedCaseViews detached) {
        this.store = store;
        this.detached = detached;
    }

    /**
     * The case's events up to and including {@code version}, oldest first. The caller knows the case
     * has that version, from the live view read in the same transaction.
     */
    List<DomainEventMessage<?>> events(UUID caseId, long version) {
        List<DomainEventMessage<?>> known = Objects.requireNonNullElse(events.getIfPresent(caseId), List.of());
        if (known.size() <= version) {
            var read = new ArrayList<>(known);
            store.readEvents(caseId.toString(), known.size()).asStream()
                    .takeWhile(event -> event.getSequenceNumber() <= version)
                    .forEach(event -> read.add(deserialized(event)));
            known = List.copyOf(read);
            events.asMap().merge(caseId, known, (other, mine) -> other.size() >= mine.size() ? other : mine);
        }
        return known.subList(0, Math.toIntExact(version) + 1);
    }

    /**
     * The case's view after its event {@code version}, folded from the nearest snapshot at or before
     * it, keeping the snapshots it passes. The view is the caller's own.
     */
    DetachedCaseView viewAt(UUID caseId, long version) {
        List<DomainEventMessage<?>> folded = events(caseId, version);
        Start start = start(caseId, version);
        for (int next = Math.toIntExact(start.next()); next <= version; next++) {
            start.view().apply(folded.get(next));
            if ((next + 1) % SNAPSHOT_EVERY == 0) {
                snapshots.put(new Snapshot(caseId, next), start.view().copy());
            }
        }
        return start.view();
    }

    /** Where a fold begins: a copy of the latest snapshot kept at or before the version, or nothing. */
    private Start start(UUID caseId, long version) {
        for (long at = version - (version + 1) % SNAPSHOT_EVERY; at >= 0; at -= SNAPSHOT_EVERY) {
            DetachedCaseView kept = snapshots.getIfPresent(new Snapshot(caseId, at));
            if (kept != null) {
                return new Start(at + 1, kept.copy());
            }
        }
        return new Start(0, detached.of(caseId));
    }

    /** @param next the number of the first event the view has not been given */
    private record Start(long next, DetachedCaseView view) {
    }

    /** Without its stored form, which would double what is kept. */
    private static DomainEventMessage<?> deserialized(DomainEventMessage<?> event) {
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getPayload(), event.getMetaData(), event.getIdentifier(),
                event.getTimestamp());
    }
}
