package fi.perhekeskus.plan.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Open a case for a family with its key worker; the caller chooses the case id.
 *
 * @param unitId   the key worker's unit, to which the case belongs
 * @param language the family's language, and whether it needs an interpreter
 */
@Revision("1")
public record OpenCase(
        @TargetAggregateIdentifier UUID caseId,
        List<FamilyMember> members,
        UUID keyWorkerId,
        UUID unitId,
        FamilyLanguage language) {

    public OpenCase {
        Objects.requireNonNull(caseId, "caseId");
        members = List.copyOf(members);
        Objects.requireNonNull(keyWorkerId, "keyWorkerId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(language, "language");
    }
}
