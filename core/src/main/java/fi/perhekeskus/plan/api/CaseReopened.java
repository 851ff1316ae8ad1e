package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A closed case was reopened; its plan takes changes again. */
@Revision("1")
public record CaseReopened(UUID caseId, String reason) {

    public CaseReopened {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
    }
}
