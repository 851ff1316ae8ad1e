package fi.perhekeskus.caseview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.ConsentCoverage.StandingConsent;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentGranted;
import fi.perhekeskus.plan.api.ConsentRefused;
import fi.perhekeskus.plan.api.Recipient;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A family member's consent decision: a grant until a date, or a refusal that stands until withdrawn. */
@Entity
@Table(name = "case_view_consent")
class ConsentRow extends CaseItem {

    private UUID givenBy;

    @Enumerated(EnumType.STRING)
    private ConsentDecision decision;

    @Enumerated(EnumType.STRING)
    private Recipient.Kind recipientKind;

    private UUID recipientId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private Set<UUID> needIds;

    private String purpose;

    private LocalDate validUntil;

    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    private CaseView.Consent.Status status;

    private UUID withdrawnBy;

    private String withdrawalNote;

    protected ConsentRow() {
    }

    private ConsentRow(UUID caseId, UUID consentId, long sequence, UUID givenBy, ConsentDecision decision,
                       Recipient recipient, Set<UUID> needIds, String purpose) {
        super(caseId, consentId, sequence);
        this.givenBy = givenBy;
        this.decision = decision;
        this.recipientKind = recipient.kind();
        this.recipientId = recipient.id();
        this.needIds = Set.copyOf(needIds);
        this.purpose = purpose;
        this.status = CaseView.Consent.Status.ACTIVE;
    }

    static ConsentRow granted(ConsentGranted event, long sequence) {
        var row = new ConsentRow(event.caseId(), event.consentId(), sequence, event.givenBy(), ConsentDecision.GRANT,
                event.recipient(), event.needIds(), event.purpose());
        row.validUntil = event.validUntil();
        row.endsAt = event.endsAt();
        return row;
    }

    static ConsentRow refused(ConsentRefused event, long sequence) {
        return new ConsentRow(event.caseId(), event.consentId(), sequence, event.givenBy(), ConsentDecision.REFUSE,
                event.recipient(), event.needIds(), event.purpose());
    }

    void end(CaseView.Consent.Status ended) {
        status = ended;
    }

    void withdrawn(UUID by, String note) {
        status = CaseView.Consent.Status.WITHDRAWN;
        withdrawnBy = by;
        withdrawalNote = note;
    }

    /** Neither withdrawn nor recorded as expired: the decisions the consent rule is given. */
    boolean standing() {
        return status == CaseView.Consent.Status.ACTIVE;
    }

    /** Ended by its date, as the scheduler recorded. */
    boolean expired() {
        return status == CaseView.Consent.Status.EXPIRED;
    }

    LocalDate validUntil() {
        return validUntil;
    }

    /** The decision as the consent rule reads it. */
    StandingConsent terms() {
        return new StandingConsent(id(), givenBy, decision, new Recipient(recipientKind, recipientId), needIds, endsAt);
    }

    CaseView.Consent toView() {
        return new CaseView.Consent(id(), givenBy, decision, new Recipient(recipientKind, recipientId), needIds, purpose,
                validUntil, endsAt, status, withdrawnBy, withdrawalNote);
    }
}
