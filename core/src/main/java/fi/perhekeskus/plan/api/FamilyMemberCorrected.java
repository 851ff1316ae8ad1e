package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A member's name and birth date as they should read, from now on: the ages the rules turn on are
 * counted from the corrected birth date. What was decided before the correction stands as it was.
 */
@Revision("1")
public record FamilyMemberCorrected(UUID caseId, UUID memberId, String displayName, LocalDate birthDate,
                                    String note) {

    public FamilyMemberCorrected {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(displayName, "displayName");
    }
}
