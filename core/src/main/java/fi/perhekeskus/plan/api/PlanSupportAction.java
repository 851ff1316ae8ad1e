package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Plan who does what for an agreed need, by when. */
@Revision("1")
public record PlanSupportAction(
        @TargetAggregateIdentifier UUID caseId,
        UUID actionId,
        UUID needId,
        String description,
        Responsible responsible,
        LocalDate dueDate) {

    public PlanSupportAction {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
