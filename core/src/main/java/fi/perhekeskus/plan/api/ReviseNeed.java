package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Reword a need; it returns to PROPOSED and needs the family's answer again. */
@Revision("1")
public record ReviseNeed(
        @TargetAggregateIdentifier UUID caseId,
        UUID needId,
        String description,
        String professionalNote) {

    public ReviseNeed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(needId, "needId");
    }
}
