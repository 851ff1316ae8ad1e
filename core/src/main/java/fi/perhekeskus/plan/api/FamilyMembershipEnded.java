package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A member left the family. What they said and decided stays on record: their answers, their
 * consents and refusals (which keep counting until withdrawn or ended), and the needs and
 * children's views that name them; nothing new may name them.
 */
@Revision("1")
public record FamilyMembershipEnded(UUID caseId, UUID memberId, FamilyMembershipEndReason reason, String note) {

    public FamilyMembershipEnded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(reason, "reason");
    }
}
