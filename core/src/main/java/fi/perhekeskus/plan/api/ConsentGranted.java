package fi.perhekeskus.plan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A family member consented to sharing named needs with a recipient until a date.
 *
 * @param endsAt the instant the consent stops covering anything: the start of the day after validUntil
 * @param expiryDeadlineId the scheduler's id of the expiry, so a withdrawal can cancel exactly that deadline
 */
@Revision("1")
public record ConsentGranted(
        UUID caseId,
        UUID consentId,
        UUID givenBy,
        Recipient recipient,
        Set<UUID> needIds,
        String purpose,
        LocalDate validUntil,
        Instant endsAt,
        ConsentForm form,
        boolean childMaturityAssessed,
        String expiryDeadlineId) {

    public ConsentGranted {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(givenBy, "givenBy");
        Objects.requireNonNull(recipient, "recipient");
        needIds = Set.copyOf(needIds);
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(expiryDeadlineId, "expiryDeadlineId");
    }
}
