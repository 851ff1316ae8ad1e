package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Mark an open support action done.
 *
 * @param completedBy the signed-in professional: the key worker or the responsible network member
 */
@Revision("1")
public record CompleteSupportAction(
        @TargetAggregateIdentifier UUID caseId,
        UUID actionId,
        UUID completedBy,
        String note) {

    public CompleteSupportAction {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(completedBy, "completedBy");
    }
}
