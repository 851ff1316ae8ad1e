package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

/** Whom a consent decision is about: one professional, or every professional of a unit. */
public record Recipient(Kind kind, UUID id) {

    public enum Kind {
        PROFESSIONAL,
        UNIT
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
}
