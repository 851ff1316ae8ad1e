package fi.perhekeskus.accesslog;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.LegalBasis;

/**
 * Data of a case that crossed to someone: to a professional or an external participant on the
 * strength of consents, or to an authority on a legal basis without consent.
 *
 * @param recipientId     the professional who received it; null for an external participant or a legal basis
 * @param recipientUnitId the recipient's unit at the time (a consent may name a whole unit); null as recipientId
 * @param participantId   the external participant told, for {@link Kind#TOLD_PARTICIPANT}
 * @param legalBasis      for {@link Kind#LEGAL_BASIS}
 * @param planItemId      the plan's disclosure item that names the recipient and what was told, for
 *                        the two kinds that have one
 * @param consentIds      the consents it crossed on; none on a legal basis
 * @param memberIds       the family members whose data it was: everyone the disclosed needs concern
 * @param needIds         the needs disclosed, with their actions, agreements and children's views; a
 *                        disclosure on a legal basis may name none
 */
public record Disclosure(Instant at, UUID caseId, UUID recipientId, UUID recipientUnitId, UUID participantId,
                         LegalBasis legalBasis, UUID planItemId, Set<UUID> consentIds, Set<UUID> memberIds,
                         Set<UUID> needIds, Kind what, String correlationId) {

    public enum Kind {
        /** A pending invitation shows the invitee the needs it is for. */
        INVITED,
        /** Accepting an invitation, as a new member or for further needs. */
        JOINED_NETWORK,
        EXPORTED,
        /** An external participant of the network was told about needs on consent. */
        TOLD_PARTICIPANT,
        /** Disclosed without consent, on a basis in law. */
        LEGAL_BASIS
    }

    public Disclosure {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(what, "what");
        memberIds = Checks.ids(memberIds, "memberIds");
        switch (what) {
            case TOLD_PARTICIPANT -> {
                Objects.requireNonNull(participantId, "participantId");
                Objects.requireNonNull(planItemId, "planItemId");
                consentIds = Checks.ids(consentIds, "consentIds");
                needIds = Checks.ids(needIds, "needIds");
            }
            case LEGAL_BASIS -> {
                Objects.requireNonNull(legalBasis, "legalBasis");
                Objects.requireNonNull(planItemId, "planItemId");
                consentIds = Set.of();
                needIds = Set.copyOf(needIds);
            }
            case INVITED, JOINED_NETWORK, EXPORTED -> {
                Objects.requireNonNull(recipientId, "recipientId");
                Objects.requireNonNull(recipientUnitId, "recipientUnitId");
                consentIds = Checks.ids(consentIds, "consentIds");
                needIds = Checks.ids(needIds, "needIds");
            }
        }
        Checks.correlationId(correlationId);
    }

    /** To a professional, on consents. */
    public Disclosure(Instant at, UUID caseId, UUID recipientId, UUID recipientUnitId, Set<UUID> consentIds,
                      Set<UUID> memberIds, Set<UUID> needIds, Kind what, String correlationId) {
        this(at, caseId, recipientId, recipientUnitId, null, null, null, consentIds, memberIds, needIds, what,
                correlationId);
    }

    public static Disclosure toldParticipant(Instant at, UUID caseId, UUID participantId, UUID disclosureId,
                                             Set<UUID> consentIds, Set<UUID> memberIds, Set<UUID> needIds,
                                             String correlationId) {
        return new Disclosure(at, caseId, null, null, participantId, null, disclosureId, consentIds, memberIds,
                needIds, Kind.TOLD_PARTICIPANT, correlationId);
    }

    public static Disclosure onLegalBasis(Instant at, UUID caseId, LegalBasis legalBasis, UUID disclosureId,
                                          Set<UUID> memberIds, Set<UUID> needIds, String correlationId) {
        return new Disclosure(at, caseId, null, null, null, legalBasis, disclosureId, Set.of(), memberIds, needIds,
                Kind.LEGAL_BASIS, correlationId);
    }
}
