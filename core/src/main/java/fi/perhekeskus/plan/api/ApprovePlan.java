package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Record that a family member approved the plan as it stood at a version.
 *
 * @param version the version the family saw; refused if the plan has changed since
 */
@Revision("1")
public record ApprovePlan(@TargetAggregateIdentifier UUID caseId, UUID approvedBy, long version) {

    public ApprovePlan {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(approvedBy, "approvedBy");
    }
}
