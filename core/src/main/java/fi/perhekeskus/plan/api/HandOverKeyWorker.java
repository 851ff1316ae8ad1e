package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Hand the case over to another key worker. The case stays in its unit. */
@Revision("1")
public record HandOverKeyWorker(@TargetAggregateIdentifier UUID caseId, UUID newKeyWorkerId, String reason) {

    public HandOverKeyWorker {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(newKeyWorkerId, "newKeyWorkerId");
    }
}
