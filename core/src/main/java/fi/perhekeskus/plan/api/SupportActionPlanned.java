package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A support action was planned for an agreed need. */
@Revision("1")
public record SupportActionPlanned(
        UUID caseId,
        UUID actionId,
        UUID needId,
        String description,
        Responsible responsible,
        LocalDate dueDate) {

    public SupportActionPlanned {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
