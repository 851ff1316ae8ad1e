package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A family member approved the plan as it stood at a version. */
@Revision("1")
public record PlanApproved(UUID caseId, UUID approvedBy, long version) {

    public PlanApproved {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(approvedBy, "approvedBy");
    }
}
