package fi.perhekeskus.audit.history;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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

    /** Reads the directory once for all of the events. */
    public Function<DomainEventMessage<?>, HistoryEntry.Actor> of(Collection<? extends DomainEventMessage<?>> events) {
        Map<UUID, String> names = directory.findNames(events.stream()
                        .map(event -> Actor.from(event.getMetaData()).professionalId())
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(ProfessionalName::id, ProfessionalName::displayName));
        return event -> {
            Actor actor = Actor.from(event.getMetaData());
            return new HistoryEntry.Actor(actor.professionalId(), names.get(actor.professionalId()),
                    actor.role().name());
        };
    }
}
