package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Cancel an open support action. */
@Revision("1")
public record CancelSupportAction(@TargetAggregateIdentifier UUID caseId, UUID actionId, String reason) {

    public CancelSupportAction {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
    }
}
