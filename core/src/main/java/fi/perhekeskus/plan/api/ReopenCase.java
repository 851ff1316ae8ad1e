package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Reopen a closed case: its history continues. */
@Revision("1")
public record ReopenCase(@TargetAggregateIdentifier UUID caseId, String reason) {

    public ReopenCase {
        Objects.requireNonNull(caseId, "caseId");
    }
}
