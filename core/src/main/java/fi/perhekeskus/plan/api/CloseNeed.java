package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Close an agreed need with its outcome. */
@Revision("1")
public record CloseNeed(
        @TargetAggregateIdentifier UUID caseId,
        UUID needId,
        NeedOutcome outcome,
        String note) {

    public CloseNeed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
