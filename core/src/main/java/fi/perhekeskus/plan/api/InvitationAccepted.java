package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The invited specialist joined the network for the listed needs, on the basis of the listed consents.
 *
 * @param needIds the invitation's needs still open when accepted
 * @param consentIds the consents that covered sharing those needs with the specialist when they joined
 */
@Revision("1")
public record InvitationAccepted(
        UUID caseId,
        UUID invitationId,
        UUID specialistId,
        UUID specialistUnitId,
        Set<UUID> needIds,
        Set<UUID> consentIds) {

    public InvitationAccepted {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(specialistId, "specialistId");
        Objects.requireNonNull(specialistUnitId, "specialistUnitId");
        needIds = Set.copyOf(needIds);
        consentIds = Set.copyOf(consentIds);
    }
}
