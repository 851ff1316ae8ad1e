package fi.perhekeskus.caseview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.DisclosedOnLegalBasis;
import fi.perhekeskus.plan.api.ExternalParticipantTold;
import fi.perhekeskus.plan.api.LegalBasis;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A disclosure recorded in the plan: what an external participant was told on consent, or what was
 * disclosed on a legal basis. Neither opens anything of the case to its recipient.
 */
@Entity
@Table(name = "case_view_disclosure")
class DisclosureRow extends CaseItem {

    @Enumerated(EnumType.STRING)
    private CaseView.Disclosure.Kind kind;

    private UUID participantId;

    @Enumerated(EnumType.STRING)
    private LegalBasis legalBasis;

    private String provision;

    private String recipient;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private Set<UUID> concernsMemberIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private Set<UUID> needIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private Set<UUID> consentIds;

    private String told;

    private LocalDate disclosedOn;

    private Instant recordedAt;

    protected DisclosureRow() {
    }

    /** @param concerned the family members the told needs concern, whose data it was */
    DisclosureRow(ExternalParticipantTold event, long sequence, Instant at, String participantName,
                  Set<UUID> concerned) {
        super(event.caseId(), event.disclosureId(), sequence);
        this.kind = CaseView.Disclosure.Kind.TOLD_PARTICIPANT;
        this.participantId = event.participantId();
        this.recipient = participantName;
        this.concernsMemberIds = Set.copyOf(concerned);
        this.needIds = Set.copyOf(event.needIds());
        this.consentIds = Set.copyOf(event.consentIds());
        this.told = event.told();
        this.disclosedOn = event.toldOn();
        this.recordedAt = at;
    }

    DisclosureRow(DisclosedOnLegalBasis event, long sequence, Instant at) {
        super(event.caseId(), event.disclosureId(), sequence);
        this.kind = CaseView.Disclosure.Kind.LEGAL_BASIS;
        this.legalBasis = event.legalBasis();
        this.provision = event.provision();
        this.recipient = event.recipient();
        this.concernsMemberIds = Set.copyOf(event.concernsMemberIds());
        this.needIds = Set.copyOf(event.needIds());
        this.consentIds = Set.of();
        this.told = event.disclosed();
        this.disclosedOn = event.disclosedOn();
        this.recordedAt = at;
    }

    CaseView.Disclosure toView() {
        return new CaseView.Disclosure(id(), kind, participantId, legalBasis, provision, recipient, concernsMemberIds,
                needIds, consentIds, told, disclosedOn, recordedAt);
    }
}
