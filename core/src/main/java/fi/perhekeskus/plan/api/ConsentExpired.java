package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A consent reached its end date. */
@Revision("1")
public record ConsentExpired(UUID caseId, UUID consentId) {

    public ConsentExpired {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(consentId, "consentId");
    }
}
