package fi.perhekeskus.caseview;

import java.time.Instant;
import java.util.UUID;

import fi.perhekeskus.plan.api.Approvals;
import fi.perhekeskus.plan.api.FamilyLanguage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A case's own facts: who coordinates it, where it belongs, the family's language, how far its
 * history goes, its approval.
 */
@Entity
@Table(name = "case_view_case")
class CaseRow implements Cloneable {

    @Id
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    private CaseView.Status status;

    private UUID unitId;

    private UUID keyWorkerId;

    private String languageCode;

    private boolean interpreterNeeded;

    /** How many members the family has had, those who left included: a member who joins takes the next place. */
    private int familyMembers;

    /** The sequence number of the last event applied to this case. */
    private long version;

    private Long approvedVersion;

    private UUID approvedBy;

    private Instant approvedAt;

    private Long approvalSequence;

    protected CaseRow() {
    }

    CaseRow(UUID caseId, UUID unitId, UUID keyWorkerId, FamilyLanguage language) {
        this.caseId = caseId;
        this.status = CaseView.Status.OPEN;
        this.unitId = unitId;
        this.keyWorkerId = keyWorkerId;
        speak(language);
    }

    /** The place in the family of a member recorded now. */
    int nextFamilyPlace() {
        return familyMembers++;
    }

    /** An independent copy, as {@link CaseItem#copy()}: every field is an immutable value. */
    CaseRow copy() {
        try {
            return (CaseRow) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("CaseRow is Cloneable", e);
        }
    }

    /** Whether the event with this sequence number has been applied already. */
    boolean includes(long sequence) {
        return sequence <= version;
    }

    void advanceTo(long sequence) {
        version = sequence;
    }

    void handOverTo(UUID newKeyWorkerId) {
        keyWorkerId = newKeyWorkerId;
    }

    void speak(FamilyLanguage language) {
        languageCode = language.code();
        interpreterNeeded = language.interpreterNeeded();
    }

    void approve(long planVersion, UUID by, Instant at, long sequence) {
        approvedVersion = planVersion;
        approvedBy = by;
        approvedAt = at;
        approvalSequence = sequence;
    }

    void close() {
        status = CaseView.Status.CLOSED;
    }

    UUID caseId() {
        return caseId;
    }

    UUID unitId() {
        return unitId;
    }

    UUID keyWorkerId() {
        return keyWorkerId;
    }

    long version() {
        return version;
    }

    FamilyLanguage language() {
        return new FamilyLanguage(languageCode, interpreterNeeded);
    }

    CaseView.Status status() {
        return status;
    }

    /** Changed since approval: anything has happened after the last approval's own event. */
    CaseView.Approval approval() {
        return approvalSequence == null ? null
                : new CaseView.Approval(approvedVersion, approvedBy, approvedAt,
                        Approvals.changedSinceApproval(version, approvalSequence));
    }
}
