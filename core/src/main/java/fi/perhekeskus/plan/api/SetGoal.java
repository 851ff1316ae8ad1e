package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Set or revise the goal of an open need, in the family's own words.
 *
 * @param whatWillBeDifferent what will be different when the need is met
 * @param howWeWillNotice     how the family and the professionals will notice it
 */
@Revision("1")
public record SetGoal(
        @TargetAggregateIdentifier UUID caseId,
        UUID needId,
        String whatWillBeDifferent,
        String howWeWillNotice) {

    public SetGoal {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(needId, "needId");
    }
}
