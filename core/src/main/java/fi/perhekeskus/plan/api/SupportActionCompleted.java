package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A support action was done. */
@Revision("1")
public record SupportActionCompleted(UUID caseId, UUID actionId, String note) {

    public SupportActionCompleted {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
    }
}
