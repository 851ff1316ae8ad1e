package fi.perhekeskus.caseview;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedRecorded;
import fi.perhekeskus.plan.api.NeedStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A need with its current wording and status. The status is kept, not derived on reading, because
 * deciding what a specialist may see and previewing need it without loading every answer.
 */
@Entity
@Table(name = "case_view_need")
class NeedRow extends CaseItem {

    private String description;

    private String professionalNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private Set<UUID> concernsMemberIds;

    @Enumerated(EnumType.STRING)
    private NeedRaiser.Kind raisedByKind;

    private UUID raisedByMemberId;

    @Enumerated(EnumType.STRING)
    private NeedStatus status;

    @Enumerated(EnumType.STRING)
    private NeedOutcome outcome;

    private String outcomeNote;

    private String goalWhatWillBeDifferent;

    private String goalHowWeWillNotice;

    private boolean confidential;

    /** The event that gave the need its current wording; answers before it were to another wording. */
    private long wordingSequence;

    protected NeedRow() {
    }

    NeedRow(NeedRecorded event, long sequence) {
        super(event.caseId(), event.needId(), sequence);
        this.description = event.description();
        this.professionalNote = event.professionalNote();
        this.concernsMemberIds = Set.copyOf(event.concernsMemberIds());
        this.raisedByKind = event.raisedBy().kind();
        this.raisedByMemberId = event.raisedBy().memberId();
        this.status = NeedStatus.PROPOSED;
        this.wordingSequence = sequence;
    }

    void revise(String newDescription, String newProfessionalNote, long sequence) {
        description = newDescription;
        professionalNote = newProfessionalNote;
        wordingSequence = sequence;
        status = NeedStatus.PROPOSED;
    }

    /** By the plan's own rule, from each member's latest answer to the current wording. */
    void answered(Collection<AgreementRow> answers) {
        status = NeedStatus.of(false, counting(answers).stream().map(AgreementRow::decision).toList());
    }

    /** Each member's latest answer to the current wording, in the order they were recorded. */
    List<AgreementRow> counting(Collection<AgreementRow> answers) {
        Map<UUID, AgreementRow> latest = new LinkedHashMap<>();
        answers.stream()
                .filter(answer -> answer.needId().equals(id()) && answer.sequence() > wordingSequence)
                .sorted(AgreementRow.IN_RECORDED_ORDER)
                .forEach(answer -> latest.put(answer.memberId(), answer));
        return latest.values().stream().sorted(AgreementRow.IN_RECORDED_ORDER).toList();
    }

    void close(NeedOutcome closedAs, String note) {
        status = NeedStatus.CLOSED;
        outcome = closedAs;
        outcomeNote = note;
    }

    void goal(String whatWillBeDifferent, String howWeWillNotice) {
        goalWhatWillBeDifferent = whatWillBeDifferent;
        goalHowWeWillNotice = howWeWillNotice;
    }

    void keepFromFamily(boolean kept) {
        confidential = kept;
    }

    boolean open() {
        return status != NeedStatus.CLOSED;
    }

    String description() {
        return description;
    }

    NeedStatus status() {
        return status;
    }

    Set<UUID> concernsMemberIds() {
        return concernsMemberIds;
    }

    CaseView.Need toView(List<CaseView.Agreement> agreements, List<CaseView.ChildView> childViews,
                         List<CaseView.SupportAction> actions) {
        CaseView.Goal goal = goalWhatWillBeDifferent == null ? null
                : new CaseView.Goal(goalWhatWillBeDifferent, goalHowWeWillNotice);
        return new CaseView.Need(id(), description, professionalNote, status, outcome, outcomeNote, goal,
                concernsMemberIds, new NeedRaiser(raisedByKind, raisedByMemberId), agreements, childViews, actions,
                confidential);
    }
}
