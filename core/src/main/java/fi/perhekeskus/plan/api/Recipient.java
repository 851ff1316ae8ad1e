package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

/**
 * Whom a consent decision is about: one professional, every professional of a unit, or one external
 * participant of the network, who is no user of the system.
 */
public record Recipient(Kind kind, UUID id) {

    public enum Kind {
        PROFESSIONAL,
        UNIT,
        EXTERNAL
    }

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Recipient professional(UUID professionalId) {
        return new Recipient(Kind.PROFESSIONAL, professionalId);
    }

    public static Recipient unit(UUID unitId) {
        return new Recipient(Kind.UNIT, unitId);
    }

    public static Recipient external(UUID participantId) {
        return new Recipient(Kind.EXTERNAL, participantId);
    }
}
