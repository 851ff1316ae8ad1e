package fi.perhekeskus.plan.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A case was opened for a family with its key worker.
 *
 * @param language the family's language; revision 1 did not record it, and such a case is read as
 *                 Finnish without an interpreter
 */
@Revision("2")
public record CaseOpened(UUID caseId, List<FamilyMember> members, UUID keyWorkerId, UUID unitId,
                         FamilyLanguage language) {

    public CaseOpened {
        Objects.requireNonNull(caseId, "caseId");
        members = List.copyOf(members);
        Objects.requireNonNull(keyWorkerId, "keyWorkerId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(language, "language");
    }
}
