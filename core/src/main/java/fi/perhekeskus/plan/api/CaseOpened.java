package fi.perhekeskus.plan.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A case was opened for a family with its key worker. */
@Revision("1")
public record CaseOpened(UUID caseId, List<FamilyMember> members, UUID keyWorkerId, UUID unitId) {

    public CaseOpened {
        Objects.requireNonNull(caseId, "caseId");
        members = List.copyOf(members);
        Objects.requireNonNull(keyWorkerId, "keyWorkerId");
        Objects.requireNonNull(unitId, "unitId");
    }
}
