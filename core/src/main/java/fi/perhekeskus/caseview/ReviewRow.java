package fi.perhekeskus.caseview;

import java.time.LocalDate;
import java.util.List;

import fi.perhekeskus.plan.api.ReviewRecorded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A follow-up meeting of the plan. */
@Entity
@Table(name = "case_view_review")
class ReviewRow extends CaseItem {

    private LocalDate heldOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> participants;

    private String summary;

    private LocalDate nextReviewOn;

    protected ReviewRow() {
    }

    ReviewRow(ReviewRecorded event, long sequence) {
        super(event.caseId(), event.reviewId(), sequence);
        this.heldOn = event.heldOn();
        this.participants = List.copyOf(event.participants());
        this.summary = event.summary();
        this.nextReviewOn = event.nextReviewOn();
    }

    CaseView.Review toView() {
        return new CaseView.Review(id(), heldOn, participants, summary, nextReviewOn);
    }
}
