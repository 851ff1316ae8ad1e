package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A network membership was ended by the key worker or ended by itself.
 *
 * @param note the key worker's words when they ended it
 */
@Revision("1")
public record NetworkMembershipEnded(
        UUID caseId,
        UUID professionalId,
        MembershipEndReason reason,
        String note) {

    public NetworkMembershipEnded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(professionalId, "professionalId");
        Objects.requireNonNull(reason, "reason");
    }
}
