package fi.perhekeskus.audit.history;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.directory.ProfessionalName;
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

    /** Who caused each event, in the events' order; the directory is read once for all of them. */
    public List<HistoryEntry.Actor> of(List<? extends DomainEventMessage<?>> events) {
        List<Actor> actors = events.stream().map(event -> Actor.from(event.getMetaData())).toList();
        Map<UUID, String> names = directory.findNames(actors.stream().map(Actor::professionalId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(ProfessionalName::id, ProfessionalName::displayName));
        return actors.stream()
                .map(actor -> new HistoryEntry.Actor(actor.professionalId(), names.get(actor.professionalId()),
                        actor.role().name()))
                .toList();
    }
}
