package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Record a family member's consent decision, as the key worker heard it.
 *
 * @param validUntil the last day a GRANT is valid; a REFUSE takes none
 * @param childMaturityAssessed the key worker has assessed that the child deciding understands the matter
 */
@Revision("1")
public record RecordConsent(
        @TargetAggregateIdentifier UUID caseId,
        UUID consentId,
        UUID givenBy,
        ConsentDecision decision,
        Recipient recipient,
        Set<UUID> needIds,
        String purpose,
        LocalDate validUntil,
        ConsentForm form,
        boolean childMaturityAssessed) {

    public RecordConsent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(givenBy, "givenBy");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(recipient, "recipient");
        needIds = Set.copyOf(needIds);
        Objects.requireNonNull(form, "form");
    }
}
