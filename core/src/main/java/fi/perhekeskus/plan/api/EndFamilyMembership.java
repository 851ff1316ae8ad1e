package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * A member is no longer part of the family: they moved out, came of age, their custody ended.
 *
 * @param note required when the reason is {@link FamilyMembershipEndReason#OTHER}
 */
@Revision("1")
public record EndFamilyMembership(@TargetAggregateIdentifier UUID caseId, UUID memberId,
                                  FamilyMembershipEndReason reason, String note) {

    public EndFamilyMembership {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(reason, "reason");
    }
}
