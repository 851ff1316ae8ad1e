package fi.perhekeskus.caselist;

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
import fi.perhekeskus.plan.api.NeedAgreed;
import fi.perhekeskus.plan.api.NeedClosed;
import fi.perhekeskus.plan.api.NeedDisagreed;
import fi.perhekeskus.plan.api.NeedRecorded;
import fi.perhekeskus.plan.api.NeedRevised;
import fi.perhekeskus.plan.api.ReviewRecorded;
import fi.perhekeskus.plan.api.SpecialistInvited;
import fi.perhekeskus.plan.api.SupportActionCancelled;
import fi.perhekeskus.plan.api.SupportActionHandedOn;
import fi.perhekeskus.plan.api.SupportActionCompleted;
import fi.perhekeskus.plan.api.SupportActionPlanned;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the case list's figures from the plan's events, as a pooled streaming processor that
 * catches up after the commands (see the package). Rows are keyed by the events' ids, inserted
 * unless their key is taken ({@code ON CONFLICT DO NOTHING} on each row's class) and removed only
 * if present, so an event applied again changes nothing; a reset clears the tables and a replay
 * rebuilds them. A row is persisted without first reading whether it exists, as a merge would: that
 * read was a query for every need, action, invitation and case, a third of the processor's CPU.
 */
@Component
@ProcessingGroup(CaseListProjection.GROUP)
class CaseListProjection {

    static final String GROUP = "case-list";

    private final EntityManager entityManager;

    CaseListProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @ResetHandler
    void clear() {
        List.of(ListedNeed.class, ListedAction.class, ListedInvitation.class, ListedCase.class).forEach(table ->
                entityManager.createQuery("delete from " + table.getSimpleName()).executeUpdate());
    }

    @EventHandler
    void on(CaseOpened event, @Timestamp Instant openedAt) {
        entityManager.persist(new ListedCase(event.caseId(), openedAt));
    }

    @EventHandler
    void on(NeedRecorded event) {
        entityManager.persist(new ListedNeed(event.caseId(), event.needId()));
    }

    @EventHandler
    void on(NeedRevised event) {
        need(event.caseId(), event.needId()).reworded();
    }

    @EventHandler
    void on(NeedAgreed event) {
        need(event.caseId(), event.needId()).answered();
    }

    @EventHandler
    void on(NeedDisagreed event) {
        need(event.caseId(), event.needId()).answered();
    }

    @EventHandler
    void on(NeedClosed event) {
        remove(ListedNeed.class, event.caseId(), event.needId());
    }

    @EventHandler
    void on(SupportActionPlanned event) {
        entityManager.persist(new ListedAction(event.caseId(), event.actionId(), event.dueDate()));
    }

    @EventHandler
    void on(SupportActionCompleted event) {
        remove(ListedAction.class, event.caseId(), event.actionId());
    }

    @EventHandler
    void on(SupportActionCancelled event) {
        remove(ListedAction.class, event.caseId(), event.actionId());
    }

    @EventHandler
    void on(SupportActionHandedOn event) {
        remove(ListedAction.class, event.caseId(), event.actionId());
    }

    @EventHandler
    void on(SpecialistInvited event) {
        entityManager.persist(new ListedInvitation(event.caseId(), event.invitationId()));
    }

    @EventHandler
    void on(InvitationAccepted event) {
        remove(ListedInvitation.class, event.caseId(), event.invitationId());
    }

    @EventHandler
    void on(InvitationDeclined event) {
        remove(ListedInvitation.class, event.caseId(), event.invitationId());
    }

    @EventHandler
    void on(InvitationWithdrawn event) {
        remove(ListedInvitation.class, event.caseId(), event.invitationId());
    }

    @EventHandler
    void on(InvitationExpired event) {
        remove(ListedInvitation.class, event.caseId(), event.invitationId());
    }

    @EventHandler
    void on(InvitationLapsed event) {
        remove(ListedInvitation.class, event.caseId(), event.invitationId());
    }

    /**
     * The latest review sets the next one: a review can bring the date forward as well as back, or
     * set none when it closed every need.
     */
    @EventHandler
    void on(ReviewRecorded event) {
        entityManager.find(ListedCase.class, event.caseId()).nextReviewOn(event.nextReviewOn());
    }

    /** A closed case has no review coming; a reopened one gets its next date from its next review. */
    @EventHandler
    void on(CaseClosed event) {
        entityManager.find(ListedCase.class, event.caseId()).nextReviewOn(null);
    }

    private ListedNeed need(UUID caseId, UUID needId) {
        return entityManager.find(ListedNeed.class, new ListedItem.Key(caseId, needId));
    }

    private void remove(Class<? extends ListedItem> type, UUID caseId, UUID id) {
        var item = entityManager.find(type, new ListedItem.Key(caseId, id));
        if (item != null) {
            entityManager.remove(item);
        }
    }
}
