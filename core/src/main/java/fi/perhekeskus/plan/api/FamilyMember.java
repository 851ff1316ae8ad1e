package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A member of the family as recorded when the case was opened or when they joined the family.
 *
 * @param memberId  chosen by the caller, unique within the case
 * @param birthDate required for children, optional for adults
 */
public record FamilyMember(UUID memberId, MemberRole role, String displayName, LocalDate birthDate) {

    public FamilyMember {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(role, "role");
    }
}
