package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A review of the plan (seuranta) was recorded. A need it closed is closed by a NeedClosed right
 * after it.
 *
 * @param participants revision 1 kept them as written: they are read as NAMED participants
 * @param followUps    revision 1 followed up no need: read as none
 * @param nextReviewOn none when the review closed every need still open
 */
@Revision("2")
public record ReviewRecorded(
        UUID caseId,
        UUID reviewId,
        LocalDate heldOn,
        List<ReviewParticipant> participants,
        String summary,
        List<NeedFollowUp> followUps,
        LocalDate nextReviewOn) {

    public ReviewRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(heldOn, "heldOn");
        participants = List.copyOf(participants);
        Objects.requireNonNull(summary, "summary");
        followUps = List.copyOf(followUps);
    }
}
