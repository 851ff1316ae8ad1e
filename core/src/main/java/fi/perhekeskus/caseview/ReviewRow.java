package fi.perhekeskus.caseview;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import fi.perhekeskus.plan.api.NeedFollowUp;
import fi.perhekeskus.plan.api.ReviewParticipant;
import fi.perhekeskus.plan.api.ReviewRecorded;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A review of the plan (seuranta): who took part, how each open need was followed up, and the next one. */
@Entity
@Table(name = "case_view_review")
class ReviewRow extends CaseItem {

    private LocalDate heldOn;

    @Convert(converter = ReviewJson.Participants.class)
    private List<ReviewParticipant> participants;

    private String summary;

    @Convert(converter = ReviewJson.FollowUps.class)
    private List<NeedFollowUp> followUps;

    private LocalDate nextReviewOn;

    protected ReviewRow() {
    }

    ReviewRow(ReviewRecorded event, long sequence) {
        super(event.caseId(), event.reviewId(), sequence);
        this.heldOn = event.heldOn();
        this.participants = List.copyOf(event.participants());
        this.summary = event.summary();
        this.followUps = List.copyOf(event.followUps());
        this.nextReviewOn = event.nextReviewOn();
    }

    Stream<UUID> professionalIds() {
        return participants.stream().map(ReviewParticipant::professionalId).filter(id -> id != null);
    }

    /** A professional who took part is named as the directory names them now. */
    CaseView.Review toView(Names names) {
        List<ReviewParticipant> named = participants.stream()
                .map(participant -> participant.kind() == ReviewParticipant.Kind.PROFESSIONAL
                        ? new ReviewParticipant(participant.kind(), null, participant.professionalId(),
                                names.displayName(participant.professionalId()), null)
                        : participant)
                .toList();
        return new CaseView.Review(id(), heldOn, named, summary, followUps, nextReviewOn);
    }
}
