package fi.perhekeskus.plan;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.ConsentCoverage.Specialist;

/**
 * An invitation of a specialist for named needs.
 *
 * @param expiresAt when it stops being answerable, even before its expiry has been recorded
 * @param pending   neither answered, withdrawn, expired nor lapsed
 */
record Invitation(UUID id, Specialist invitee, Set<UUID> needIds, Instant expiresAt, String expiryDeadlineId,
                  boolean pending) {

    Invitation {
        needIds = Set.copyOf(needIds);
    }

    boolean isFor(UUID professionalId) {
        return invitee.professionalId().equals(professionalId);
    }

    boolean pendingAt(Instant at) {
        return pending && at.isBefore(expiresAt);
    }

    Invitation end() {
        return new Invitation(id, invitee, needIds, expiresAt, expiryDeadlineId, false);
    }
}
