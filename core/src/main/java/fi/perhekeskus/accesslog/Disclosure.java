package fi.perhekeskus.accesslog;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Data of a case that crossed to a professional on the strength of consents.
 *
 * @param recipientUnitId the recipient's unit at the time (a consent may name a whole unit)
 * @param consentIds      the consents it crossed on
 * @param memberIds       the family members whose data it was: everyone the disclosed needs concern
 * @param needIds         the needs disclosed, with their actions, agreements and children's views
 */
public record Disclosure(Instant at, UUID caseId, UUID recipientId, UUID recipientUnitId, Set<UUID> consentIds,
                         Set<UUID> memberIds, Set<UUID> needIds, Kind what, String correlationId) {

    public enum Kind {
        /** A pending invitation shows the invitee the needs it is for. */
        INVITED,
        /** Accepting an invitation, as a new member or for further needs. */
        JOINED_NETWORK,
        EXPORTED
    }

    public Disclosure {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(recipientUnitId, "recipientUnitId");
        consentIds = Checks.ids(consentIds, "consentIds");
        memberIds = Checks.ids(memberIds, "memberIds");
        needIds = Checks.ids(needIds, "needIds");
        Objects.requireNonNull(what, "what");
        Checks.correlationId(correlationId);
    }
}
