package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Correct a member's name or birth date as recorded: the whole of both as they should read. A
 * member's place in the family (child, guardian, other adult) is not corrected; someone else joins.
 *
 * @param birthDate required for a child, as when the member was recorded
 * @param note      what the correction rests on, such as the population register
 */
@Revision("1")
public record CorrectFamilyMember(@TargetAggregateIdentifier UUID caseId, UUID memberId, String displayName,
                                  LocalDate birthDate, String note) {

    public CorrectFamilyMember {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(memberId, "memberId");
    }
}
