package fi.perhekeskus.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fi.perhekeskus.plan.api.CaseClosed;
import fi.perhekeskus.plan.api.CaseOpened;
import fi.perhekeskus.plan.api.InvitationAccepted;
import fi.perhekeskus.plan.api.InvitationDeclined;
import fi.perhekeskus.plan.api.InvitationExpired;
import fi.perhekeskus.plan.api.InvitationLapsed;
import fi.perhekeskus.plan.api.InvitationWithdrawn;
import fi.perhekeskus.plan.api.KeyWorkerHandedOver;
import fi.perhekeskus.plan.api.NetworkMemberLeft;
import fi.perhekeskus.plan.api.NetworkMembershipEnded;
import fi.perhekeskus.plan.api.SpecialistInvited;
import fi.perhekeskus.platform.axon.EventTimes;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code case_access}, {@code case_member} and {@code pending_invitation} from the plan's
 * events. Subscribing (see {@link AccessConfiguration}): it runs inside the command's transaction.
 * Every handler is an idempotent upsert or delete keyed by ids from the event, so applying the
 * stored events again rebuilds the same rows.
 */
@Component
@ProcessingGroup(AccessConfiguration.GROUP)
class AccessProjection {

    private final EntityManager entityManager;

    AccessProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A rebuild starts from no case at all. */
    @ResetHandler
    void clear() {
        List.of(CaseMember.class, PendingInvitation.class, CaseAccess.class).forEach(table ->
                entityManager.createQuery("delete from " + table.getSimpleName()).executeUpdate());
    }

    @EventHandler
    void on(CaseOpened event, @Timestamp Instant openedAt) {
        entityManager.merge(new CaseAccess(event.caseId(), event.unitId(), event.keyWorkerId(),
                EventTimes.stored(openedAt)));
    }

    @EventHandler
    void on(KeyWorkerHandedOver event) {
        entityManager.find(CaseAccess.class, event.caseId()).handOverTo(event.newKeyWorkerId());
    }

    @EventHandler
    void on(CaseClosed event) {
        entityManager.find(CaseAccess.class, event.caseId()).close();
    }

    @EventHandler
    void on(SpecialistInvited event) {
        entityManager.merge(new PendingInvitation(event.invitationId(), event.caseId(), event.specialistId()));
    }

    @EventHandler
    void on(InvitationAccepted event) {
        answered(event.invitationId());
        entityManager.merge(new CaseMember(event.caseId(), event.specialistId()));
    }

    @EventHandler
    void on(InvitationDeclined event) {
        answered(event.invitationId());
    }

    @EventHandler
    void on(InvitationWithdrawn event) {
        answered(event.invitationId());
    }

    @EventHandler
    void on(InvitationExpired event) {
        answered(event.invitationId());
    }

    @EventHandler
    void on(InvitationLapsed event) {
        answered(event.invitationId());
    }

    @EventHandler
    void on(NetworkMemberLeft event) {
        departed(new CaseMember.Key(event.caseId(), event.professionalId()));
    }

    @EventHandler
    void on(NetworkMembershipEnded event) {
        departed(new CaseMember.Key(event.caseId(), event.professionalId()));
    }

    private void answered(UUID invitationId) {
        var invitation = entityManager.find(PendingInvitation.class, invitationId);
        if (invitation != null) {
            entityManager.remove(invitation);
        }
    }

    private void departed(CaseMember.Key key) {
        var member = entityManager.find(CaseMember.class, key);
        if (member != null) {
            entityManager.remove(member);
        }
    }
}
