package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A follow-up meeting of the plan was recorded. */
@Revision("1")
public record ReviewRecorded(
        UUID caseId,
        UUID reviewId,
        LocalDate heldOn,
        List<String> participants,
        String summary,
        LocalDate nextReviewOn) {

    public ReviewRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(heldOn, "heldOn");
        participants = List.copyOf(participants);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(nextReviewOn, "nextReviewOn");
    }
}
