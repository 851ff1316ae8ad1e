package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The case was closed; its plan is read-only from here on. */
@Revision("1")
public record CaseClosed(UUID caseId, String reason) {

    public CaseClosed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
    }
}
