package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Record that a member carries a non-disclosure marking (turvakielto), as the population register
 * has it, or that it has been lifted there.
 *
 * @param marked whether the member carries the marking from now on
 * @param note   what the record rests on, such as the register's decision
 */
@Revision("1")
public record RecordNonDisclosure(@TargetAggregateIdentifier UUID caseId, UUID memberId, boolean marked,
                                  String note) {

    public RecordNonDisclosure {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(memberId, "memberId");
    }
}
