package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A need was recorded in the family's own words. */
@Revision("1")
public record NeedRecorded(
        UUID caseId,
        UUID needId,
        String description,
        String professionalNote,
        Set<UUID> concernsMemberIds,
        NeedRaiser raisedBy) {

    public NeedRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(description, "description");
        concernsMemberIds = Set.copyOf(concernsMemberIds);
        Objects.requireNonNull(raisedBy, "raisedBy");
    }
}
