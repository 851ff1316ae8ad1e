package fi.perhekeskus.plan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A specialist was invited for named needs on the basis of the listed consents.
 *
 * @param consentIds the consents that covered sharing the needs with the invitee when invited
 * @param expiresAt the start of the day after respondBy
 * @param expiryDeadlineId the scheduler's id of the expiry, so an answer can cancel exactly that deadline
 */
@Revision("1")
public record SpecialistInvited(
        UUID caseId,
        UUID invitationId,
        UUID specialistId,
        UUID specialistUnitId,
        Set<UUID> needIds,
        Set<UUID> consentIds,
        String message,
        LocalDate respondBy,
        Instant expiresAt,
        String expiryDeadlineId) {

    public SpecialistInvited {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(specialistId, "specialistId");
        Objects.requireNonNull(specialistUnitId, "specialistUnitId");
        needIds = Set.copyOf(needIds);
        consentIds = Set.copyOf(consentIds);
        Objects.requireNonNull(respondBy, "respondBy");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(expiryDeadlineId, "expiryDeadlineId");
    }
}
