package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Withdraw a consent decision, effective at once.
 *
 * @param withdrawnBy the family member withdrawing it
 */
@Revision("1")
public record WithdrawConsent(
        @TargetAggregateIdentifier UUID caseId,
        UUID consentId,
        UUID withdrawnBy,
        String note) {

    public WithdrawConsent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
    }
}
