package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Record a review of the plan (seuranta): who took part, how each open need and its goal was
 * followed up, and when the plan is next reviewed.
 *
 * @param nextReviewOn may be left out only when the review closes every need still open
 */
@Revision("2")
public record RecordReview(
        @TargetAggregateIdentifier UUID caseId,
        UUID reviewId,
        LocalDate heldOn,
        List<ReviewParticipant> participants,
        String summary,
        List<NeedFollowUp> followUps,
        LocalDate nextReviewOn) {

    public RecordReview {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(heldOn, "heldOn");
        participants = participants == null ? List.of() : List.copyOf(participants);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }
}
