package fi.perhekeskus.access;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An invitation still waiting for its specialist's answer: which case, and for whom. */
@Entity
@Table(name = "pending_invitation")
class PendingInvitation {

    @Id
    private UUID invitationId;

    private UUID caseId;

    private UUID specialistId;

    protected PendingInvitation() {
    }

    PendingInvitation(UUID invitationId, UUID caseId, UUID specialistId) {
        this.invitationId = invitationId;
        this.caseId = caseId;
        this.specialistId = specialistId;
    }

    UUID caseId() {
        return caseId;
    }

    UUID specialistId() {
        return specialistId;
    }
}
