package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Withdraw a pending invitation. */
@Revision("1")
public record WithdrawInvitation(@TargetAggregateIdentifier UUID caseId, UUID invitationId) {

    public WithdrawInvitation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(invitationId, "invitationId");
    }
}
