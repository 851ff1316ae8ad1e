package fi.perhekeskus.caseview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.SpecialistInvited;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An invitation of a specialist for named needs, and how it ended. */
@Entity
@Table(name = "case_view_invitation")
class InvitationRow extends CaseItem {

    private UUID specialistId;

    private UUID specialistUnitId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private Set<UUID> needIds;

    private String message;

    private LocalDate respondBy;

    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    private CaseView.Invitation.Status status;

    private String declineReason;

    protected InvitationRow() {
    }

    InvitationRow(SpecialistInvited event, long sequence) {
        super(event.caseId(), event.invitationId(), sequence);
        this.specialistId = event.specialistId();
        this.specialistUnitId = event.specialistUnitId();
        this.needIds = Set.copyOf(event.needIds());
        this.message = event.message();
        this.respondBy = event.respondBy();
        this.expiresAt = event.expiresAt();
        this.status = CaseView.Invitation.Status.PENDING;
    }

    void end(CaseView.Invitation.Status ended) {
        status = ended;
    }

    void decline(String reason) {
        status = CaseView.Invitation.Status.DECLINED;
        declineReason = reason;
    }

    UUID specialistUnitId() {
        return specialistUnitId;
    }

    Set<UUID> needIds() {
        return needIds;
    }

    String message() {
        return message;
    }

    LocalDate respondBy() {
        return respondBy;
    }

    CaseView.Invitation toView() {
        return new CaseView.Invitation(id(), specialistId, specialistUnitId, needIds, message, respondBy, expiresAt,
                status, declineReason);
    }
}
