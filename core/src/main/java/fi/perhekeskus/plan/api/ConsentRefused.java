package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A family member refused sharing named needs with a recipient; it stands until withdrawn. */
@Revision("1")
public record ConsentRefused(
        UUID caseId,
        UUID consentId,
        UUID givenBy,
        Recipient recipient,
        Set<UUID> needIds,
        String purpose,
        ConsentForm form,
        boolean childMaturityAssessed) {

    public ConsentRefused {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(givenBy, "givenBy");
        Objects.requireNonNull(recipient, "recipient");
        needIds = Set.copyOf(needIds);
        Objects.requireNonNull(form, "form");
    }
}
