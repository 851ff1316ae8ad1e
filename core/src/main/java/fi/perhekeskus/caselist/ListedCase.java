package fi.perhekeskus.caselist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A case as its key worker's list shows it, besides the counts of its open items. */
@Entity
@Table(name = "case_list_case")
class ListedCase {

    @Id
    private UUID caseId;

    private Instant openedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(200)[]")
    private List<String> children;

    private LocalDate nextReviewOn;

    protected ListedCase() {
    }

    ListedCase(UUID caseId, Instant openedAt, List<String> children) {
        this.caseId = caseId;
        this.openedAt = openedAt;
        this.children = List.copyOf(children);
    }

    void nextReviewOn(LocalDate date) {
        nextReviewOn = date;
    }
}
