package fi.perhekeskus.actor;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.MetaData;

/**
 * The professional who caused a message, in the role they acted in, and the correlation id of
 * the request that carried it.
 */
public record Actor(UUID professionalId, ActorRole role, String correlationId) {

    public static final String ID = "actorId";
    public static final String ROLE = "actorRole";
    public static final String CORRELATION_ID = "correlationId";

    /** The id under which the system's own actions (expiries) are recorded. */
    public static final UUID SYSTEM_ID = new UUID(0, 0);

    public Actor {
        Objects.requireNonNull(professionalId, "professionalId");
        Objects.requireNonNull(role, "role");
        if (correlationId == null || correlationId.isBlank()) {
            throw new IllegalArgumentException("correlationId is required");
        }
    }

    public static Actor system(String correlationId) {
        return new Actor(SYSTEM_ID, ActorRole.SYSTEM, correlationId);
    }

    public MetaData toMetaData() {
        return MetaData.from(Map.of(ID, professionalId.toString(), ROLE, role.name(), CORRELATION_ID, correlationId));
    }

    /** @throws MissingActorException when the metadata does not say who acted */
    public static Actor from(Map<String, ?> metaData) {
        return find(metaData).orElseThrow(MissingActorException::new);
    }

    public static Optional<Actor> find(Map<String, ?> metaData) {
        Object id = metaData.get(ID);
        Object role = metaData.get(ROLE);
        Object correlationId = metaData.get(CORRELATION_ID);
        if (id == null || role == null || correlationId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Actor(UUID.fromString(id.toString()), ActorRole.valueOf(role.toString()),
                    correlationId.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
