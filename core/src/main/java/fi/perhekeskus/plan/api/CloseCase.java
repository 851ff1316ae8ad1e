package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Close the case; the plan becomes read-only. */
@Revision("1")
public record CloseCase(@TargetAggregateIdentifier UUID caseId, String reason) {

    public CloseCase {
        Objects.requireNonNull(caseId, "caseId");
    }
}
