package fi.perhekeskus.audit.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The events of the cases looked back at lately, read from the event store once and kept in memory
 * deserialized: looking back at a case folds all its events up to a point, and reading and
 * deserializing them again for every look is most of its cost. A stored event is never changed or
 * deleted (the event table's trigger refuses it), so a kept one stays true; each look reads only the
 * events stored since. A case's events are numbered from 0 without gaps, so an event's number is its
 * place in the list.
 */
@Component
class CaseEvents {

    /** About 50 MB: the 25 largest cases of 2,000 events, or many more small ones. */
    static final long EVENTS_KEPT = 50_000;

    private final EventStore store;
    private final Cache<UUID, List<DomainEventMessage<?>>> kept = Caffeine.newBuilder()
            .maximumWeight(EVENTS_KEPT)
            .weigher((UUID caseId, List<DomainEventMessage<?>> events) -> events.size())
            .build();

    CaseEvents(EventStore store) {
        this.store = store;
    }

    /**
     * The case's events up to and including {@code version}, oldest first. The caller knows the case
     * has that version, from the live view read in the same transaction.
     */
    List<DomainEventMessage<?>> upTo(UUID caseId, long version) {
        List<DomainEventMessage<?>> known = Objects.requireNonNullElse(kept.getIfPresent(caseId), List.of());
        if (known.size() <= version) {
            var read = new ArrayList<>(known);
            store.readEvents(caseId.toString(), known.size()).asStream()
                    .takeWhile(event -> event.getSequenceNumber() <= version)
                    .forEach(event -> read.add(deserialized(event)));
            known = List.copyOf(read);
            kept.asMap().merge(caseId, known, (other, mine) -> other.size() >= mine.size() ? other : mine);
        }
        return known.subList(0, Math.toIntExact(version) + 1);
    }

    /** Without its stored form, which would double what is kept. */
    private static DomainEventMessage<?> deserialized(DomainEventMessage<?> event) {
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getPayload(), event.getMetaData(), event.getIdentifier(),
                event.getTimestamp());
    }
}
