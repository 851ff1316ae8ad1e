package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A consent decision was withdrawn by a family member, effective at once. */
@Revision("1")
public record ConsentWithdrawn(UUID caseId, UUID consentId, UUID withdrawnBy, String note) {

    public ConsentWithdrawn {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
    }
}
