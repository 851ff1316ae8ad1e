package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A need was closed with its outcome: by itself, by a review, or as the case closed. */
@Revision("1")
public record NeedClosed(UUID caseId, UUID needId, NeedOutcome outcome, String note) {

    public NeedClosed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
