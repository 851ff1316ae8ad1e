package fi.perhekeskus.audit.history;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRepository;
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
 * could differ. Who acted is the event's metadata; their name is the directory's.
 */
@Component
public class PlanHistory {

    private final EventStore events;
    private final ProfessionalRepository directory;
    private final MessageSource summaries;

    PlanHistory(EventStore events, ProfessionalRepository directory,
                @Qualifier(HistoryConfiguration.SUMMARIES) MessageSource summaries) {
        this.events = events;
        this.directory = directory;
        this.summaries = summaries;
    }

    /** Oldest first; all of it when unpaged. Empty when there is no such case. */
    @Transactional(readOnly = true)
    public Page<HistoryEntry> of(UUID caseId, Locale locale, Pageable page) {
        Optional<Long> last = events.lastSequenceNumberFor(caseId.toString());
        if (last.isEmpty()) {
            return Page.empty(page);
        }
        List<DomainEventMessage<?>> read = events.readEvents(caseId.toString(), page.isPaged() ? page.getOffset() : 0)
                .asStream()
                .limit(page.isPaged() ? page.getPageSize() : Long.MAX_VALUE)
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
        Map<UUID, Professional> actors = directory.findAllById(read.stream()
                        .map(event -> Actor.from(event.getMetaData()).professionalId())
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Professional::getId, Function.identity()));
        return new PageImpl<>(read.stream().map(event -> entry(event, actors, locale)).toList(), page, last.get() + 1);
    }

    private HistoryEntry entry(DomainEventMessage<?> event, Map<UUID, Professional> actors, Locale locale) {
        Actor actor = Actor.from(event.getMetaData());
        Professional known = actors.get(actor.professionalId());
        String type = event.getPayloadType().getSimpleName();
        return new HistoryEntry(event.getSequenceNumber(), event.getTimestamp(),
                new HistoryEntry.Actor(actor.professionalId(), known == null ? null : known.getDisplayName(),
                        actor.role().name()),
                type, summaries.getMessage(type, null, locale), event.getPayload());
    }
}
