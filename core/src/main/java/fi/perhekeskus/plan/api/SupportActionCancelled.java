package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A support action was cancelled. */
@Revision("1")
public record SupportActionCancelled(UUID caseId, UUID actionId, String reason) {

    public SupportActionCancelled {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(reason, "reason");
    }
}
