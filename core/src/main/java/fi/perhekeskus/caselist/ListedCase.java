package fi.perhekeskus.caselist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLInsert;
import org.hibernate.jdbc.Expectation;

/** A case as its key worker's list shows it, besides the counts of its open items. */
@Entity
@Table(name = "case_list_case")
// The columns as Hibernate binds them: the other attributes in alphabetical order, then the key.
@SQLInsert(sql = "INSERT INTO case_list_case (next_review_on, opened_at, case_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        verify = Expectation.None.class)
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
