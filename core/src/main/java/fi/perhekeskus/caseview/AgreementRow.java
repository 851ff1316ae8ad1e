package fi.perhekeskus.caseview;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One family member's answer to a need, kept after a revision supersedes it: which answers count is
 * decided against the need's wording ({@link NeedRow#counting}), so nothing is rewritten on revision.
 * An answer has no id of its own; the sequence number of its event identifies it within the case.
 */
@Entity
@Table(name = "case_view_agreement")
@IdClass(AgreementRow.Key.class)
class AgreementRow {

    static final Comparator<AgreementRow> IN_RECORDED_ORDER = Comparator.comparingLong(AgreementRow::sequence);

    @Id
    private UUID caseId;

    @Id
    @Column(name = "event_sequence")
    private long sequence;

    private UUID needId;

    private UUID memberId;

    @Enumerated(EnumType.STRING)
    private AgreementDecision decision;

    @Enumerated(EnumType.STRING)
    private AgreementChannel channel;

    private Instant givenAt;

    private String note;

    protected AgreementRow() {
    }

    AgreementRow(UUID caseId, long sequence, UUID needId, UUID memberId, AgreementDecision decision,
                 AgreementChannel channel, Instant givenAt, String note) {
        this.note = note;
        this.caseId = caseId;
        this.sequence = sequence;
        this.needId = needId;
        this.memberId = memberId;
        this.decision = decision;
        this.channel = channel;
        this.givenAt = givenAt;
    }

    UUID caseId() {
        return caseId;
    }

    long sequence() {
        return sequence;
    }

    UUID needId() {
        return needId;
    }

    UUID memberId() {
        return memberId;
    }

    AgreementDecision decision() {
        return decision;
    }

    CaseView.Agreement toView() {
        return new CaseView.Agreement(memberId, decision, channel, givenAt, note);
    }

    record Key(UUID caseId, long sequence) implements Serializable {
    }
}
