package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Record a need in the family's own words.
 *
 * @param description kept verbatim, exactly as the family put it
 */
@Revision("1")
public record RecordNeed(
        @TargetAggregateIdentifier UUID caseId,
        UUID needId,
        String description,
        String professionalNote,
        Set<UUID> concernsMemberIds,
        NeedRaiser raisedBy) {

    public RecordNeed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(needId, "needId");
        concernsMemberIds = Set.copyOf(concernsMemberIds);
        Objects.requireNonNull(raisedBy, "raisedBy");
    }
}
