package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * The invited specialist declines, with a reason.
 *
 * @param specialistId the signed-in professional
 */
@Revision("1")
public record DeclineInvitation(
        @TargetAggregateIdentifier UUID caseId,
        UUID invitationId,
        UUID specialistId,
        String reason) {

    public DeclineInvitation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(specialistId, "specialistId");
    }
}
