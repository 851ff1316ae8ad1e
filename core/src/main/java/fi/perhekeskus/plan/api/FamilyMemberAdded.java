package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** Someone joined the family; they are a member from now on, like those recorded at the opening. */
@Revision("1")
public record FamilyMemberAdded(UUID caseId, FamilyMember member) {

    public FamilyMemberAdded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(member, "member");
    }
}
