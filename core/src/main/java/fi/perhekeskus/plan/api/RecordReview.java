package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Record a follow-up meeting of the plan.
 *
 * @param participants who took part, as names or roles in plain text
 */
@Revision("1")
public record RecordReview(
        @TargetAggregateIdentifier UUID caseId,
        UUID reviewId,
        LocalDate heldOn,
        List<String> participants,
        String summary,
        LocalDate nextReviewOn) {

    public RecordReview {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(heldOn, "heldOn");
        participants = List.copyOf(participants);
        Objects.requireNonNull(nextReviewOn, "nextReviewOn");
    }
}
