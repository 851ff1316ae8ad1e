package fi.perhekeskus.caseview;

import java.time.LocalDate;
import java.util.UUID;

import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.SupportActionPlanned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** Who does what for a need, by when, and whether it is done. */
@Entity
@Table(name = "case_view_support_action")
class SupportActionRow extends CaseItem {

    private UUID needId;

    private String description;

    @Enumerated(EnumType.STRING)
    private Responsible.Kind responsibleKind;

    private UUID responsibleId;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private CaseView.SupportAction.Status status;

    private String outcomeNote;

    private String handedOnTo;

    protected SupportActionRow() {
    }

    SupportActionRow(SupportActionPlanned event, long sequence) {
        super(event.caseId(), event.actionId(), sequence);
        this.needId = event.needId();
        this.description = event.description();
        this.responsibleKind = event.responsible().kind();
        this.responsibleId = event.responsible().id();
        this.dueDate = event.dueDate();
        this.status = CaseView.SupportAction.Status.OPEN;
    }

    /** @param note the completion's note, or the cancellation's reason */
    void end(CaseView.SupportAction.Status outcome, String note) {
        status = outcome;
        outcomeNote = note;
    }

    void handOn(String service, String note) {
        end(CaseView.SupportAction.Status.HANDED_ON, note);
        handedOnTo = service;
    }

    CaseView.SupportAction toView() {
        return new CaseView.SupportAction(id(), needId, description, new Responsible(responsibleKind, responsibleId),
                dueDate, status, outcomeNote, handedOnTo);
    }
}
