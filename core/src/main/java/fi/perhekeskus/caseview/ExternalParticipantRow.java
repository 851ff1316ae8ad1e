package fi.perhekeskus.caseview;

import java.time.Instant;

import fi.perhekeskus.plan.api.ExternalParticipantAdded;
import fi.perhekeskus.plan.api.ExternalParticipantKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A participant of the network who is no user of the system; one who left keeps their row, as what they were told does. */
@Entity
@Table(name = "case_view_external_participant")
class ExternalParticipantRow extends CaseItem {

    private String name;

    private String organisation;

    @Enumerated(EnumType.STRING)
    private ExternalParticipantKind kind;

    private Instant since;

    private Instant removedAt;

    private String removalReason;

    protected ExternalParticipantRow() {
    }

    ExternalParticipantRow(ExternalParticipantAdded event, long sequence, Instant at) {
        super(event.caseId(), event.participantId(), sequence);
        this.name = event.name();
        this.organisation = event.organisation();
        this.kind = event.kind();
        this.since = at;
    }

    void remove(Instant at, String reason) {
        this.removedAt = at;
        this.removalReason = reason;
    }

    String name() {
        return name;
    }

    CaseView.ExternalParticipant toView() {
        return new CaseView.ExternalParticipant(id(), name, organisation, kind, since, removedAt, removalReason);
    }
}
