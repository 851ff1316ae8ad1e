package fi.perhekeskus.audit.history;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's history, read from the event store itself: the events are the truth, and a copy of them
 * could differ. A page reads only its own events: the case's events are numbered from 0 without
 * gaps, so a page's first event is found by its number.
 */
@Component
public class PlanHistory {

    private final EventStore events;
    private final Actors actors;
    private final MessageSource summaries;

    PlanHistory(EventStore events, Actors actors, @Qualifier(HistoryConfiguration.SUMMARIES) MessageSource summaries) {
        this.events = events;
        this.actors = actors;
        this.summaries = summaries;
    }

    /** Oldest first. Empty when there is no such case. */
    @Transactional(readOnly = true)
    public Optional<Page<HistoryEntry>> of(UUID caseId, Locale locale, Pageable page) {
        return events.lastSequenceNumberFor(caseId.toString()).map(last -> {
            List<? extends DomainEventMessage<?>> read = events.readEvents(caseId.toString(), page.getOffset())
                    .asStream()
                    .limit(page.getPageSize())
                    .toList();
            List<HistoryEntry.Actor> byWhom = actors.of(read);
            return new PageImpl<>(IntStream.range(0, read.size())
                    .mapToObj(index -> entry(read.get(index), byWhom.get(index), locale))
                    .toList(), page, last + 1);
        });
    }

    private HistoryEntry entry(DomainEventMessage<?> event, HistoryEntry.Actor actor, Locale locale) {
        String type = event.getPayloadType().getSimpleName();
        return new HistoryEntry(event.getSequenceNumber(), event.getTimestamp(), actor, type,
                summaries.getMessage(type, null, locale), EventData.of(event.getPayload()));
    }
}
