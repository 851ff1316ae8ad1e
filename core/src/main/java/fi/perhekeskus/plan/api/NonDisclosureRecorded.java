package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A member's non-disclosure marking (turvakielto) was recorded or lifted. While marked, the member's
 * contact details and whereabouts are never shown to other members nor on anything produced for them.
 */
@Revision("1")
public record NonDisclosureRecorded(UUID caseId, UUID memberId, boolean marked, String note) {

    public NonDisclosureRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(memberId, "memberId");
    }
}
