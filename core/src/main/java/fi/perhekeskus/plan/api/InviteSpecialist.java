package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Invite a specialist into the network for named needs.
 *
 * @param specialistUnitId the specialist's unit from the directory, since a consent may name a whole unit
 * @param respondBy the last day the specialist can answer
 */
@Revision("1")
public record InviteSpecialist(
        @TargetAggregateIdentifier UUID caseId,
        UUID invitationId,
        UUID specialistId,
        UUID specialistUnitId,
        Set<UUID> needIds,
        String message,
        LocalDate respondBy) {

    public InviteSpecialist {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(specialistId, "specialistId");
        Objects.requireNonNull(specialistUnitId, "specialistUnitId");
        needIds = Set.copyOf(needIds);
        Objects.requireNonNull(respondBy, "respondBy");
    }
}
