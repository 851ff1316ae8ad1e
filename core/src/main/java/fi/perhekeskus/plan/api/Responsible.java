package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

/**
 * Who carries out a support action.
 *
 * @param id a family member's id, the key worker's professional id, or a network member's professional id
 */
public record Responsible(Kind kind, UUID id) {

    public enum Kind {
        FAMILY_MEMBER,
        KEY_WORKER,
        NETWORK_MEMBER
    }

    public Responsible {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
