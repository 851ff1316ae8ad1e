package fi.perhekeskus.caselist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case as its key worker's list shows it, besides the counts of its open items. */
@Entity
@Table(name = "case_list_case")
class ListedCase {

    @Id
    private UUID caseId;

    private Instant openedAt;

    private LocalDate nextReviewOn;

    protected ListedCase() {
    }

    ListedCase(UUID caseId, Instant openedAt) {
        this.caseId = caseId;
        this.openedAt = openedAt;
    }

    void nextReviewOn(LocalDate date) {
        nextReviewOn = date;
    }
}
