package fi.perhekeskus.audit.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.directory.ProfessionalRepository;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * Who caused each of some events, as the events' metadata records it, named as the directory names
 * them now: a name changes in the directory without any event of the plan.
 */
@Component
public class Actors {

    private final ProfessionalRepository directory;

    Actors(ProfessionalRepository directory) {
        this.directory = directory;
    }

    /**
     * Who caused each event, in the events' order. The few professionals behind many events are
     * looked up one by one, by id, which Hibernate plans once, unlike a query for a list of ids.
     */
    public List<HistoryEntry.Actor> of(List<? extends DomainEventMessage<?>> events) {
        List<Actor> actors = events.stream().map(event -> Actor.from(event.getMetaData())).toList();
        Map<UUID, String> names = new HashMap<>();
        actors.stream().map(Actor::professionalId).distinct().filter(id -> !id.equals(Actor.SYSTEM_ID))
                .forEach(id -> directory.findById(id)
                        .ifPresent(professional -> names.put(id, professional.getDisplayName())));
        return actors.stream()
                .map(actor -> new HistoryEntry.Actor(actor.professionalId(), names.get(actor.professionalId()),
                        actor.role().name()))
                .toList();
    }
}
