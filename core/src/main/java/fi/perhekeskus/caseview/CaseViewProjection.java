package fi.perhekeskus.caseview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.CaseClosed;
import fi.perhekeskus.plan.api.CaseOpened;
import fi.perhekeskus.plan.api.ChildViewRecorded;
import fi.perhekeskus.plan.api.ConsentExpired;
import fi.perhekeskus.plan.api.ConsentGranted;
import fi.perhekeskus.plan.api.ConsentRefused;
import fi.perhekeskus.plan.api.ConsentWithdrawn;
import fi.perhekeskus.plan.api.FamilyLanguageRecorded;
import fi.perhekeskus.plan.api.FamilyMemberAdded;
import fi.perhekeskus.plan.api.FamilyMemberCorrected;
import fi.perhekeskus.plan.api.FamilyMembershipEnded;
import fi.perhekeskus.plan.api.InvitationAccepted;
import fi.perhekeskus.plan.api.InvitationDeclined;
import fi.perhekeskus.plan.api.InvitationExpired;
import fi.perhekeskus.plan.api.InvitationLapsed;
import fi.perhekeskus.plan.api.InvitationWithdrawn;
import fi.perhekeskus.plan.api.KeyWorkerHandedOver;
import fi.perhekeskus.plan.api.NeedAgreed;
import fi.perhekeskus.plan.api.NeedClosed;
import fi.perhekeskus.plan.api.NeedDisagreed;
import fi.perhekeskus.plan.api.NeedRecorded;
import fi.perhekeskus.plan.api.NeedRevised;
import fi.perhekeskus.plan.api.NetworkMemberLeft;
import fi.perhekeskus.plan.api.NetworkMembershipEnded;
import fi.perhekeskus.plan.api.PlanApproved;
import fi.perhekeskus.plan.api.ReviewRecorded;
import fi.perhekeskus.plan.api.SpecialistInvited;
import fi.perhekeskus.plan.api.SupportActionCancelled;
import fi.perhekeskus.plan.api.SupportActionCompleted;
import fi.perhekeskus.plan.api.SupportActionPlanned;
import fi.perhekeskus.platform.axon.EventTimes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.springframework.stereotype.Component;

/**
 * Projects every event of the shared plan into the case view's rows: as a Spring bean into its
 * tables, inside the command's transaction (see {@link CaseViewConfiguration}); given a
 * {@link DetachedCase}, into memory, to build a case as it stood (see {@link DetachedCaseViews}).
 * Rows are keyed by the ids the events carry and times come from the events, never from a clock,
 * so applying the stored events again rebuilds the same view; an event the case has already seen
 * is skipped as a whole, so a repeated delivery changes nothing.
 */
@Component
@ProcessingGroup(CaseViewConfiguration.GROUP)
class CaseViewProjection {

    private final CaseViewStore rows;

    CaseViewProjection(CaseViewStore rows) {
        this.rows = rows;
    }

    /**
     * A case's version is the sequence number of the last event applied to it; every event moves it,
     * and an event at or below it has been applied before.
     */
    @MessageHandlerInterceptor(messageType = DomainEventMessage.class)
    Object applyOnce(DomainEventMessage<?> event, @SequenceNumber long sequence, InterceptorChain chain)
            throws Exception {
        UUID caseId = UUID.fromString(event.getAggregateIdentifier());
        CaseRow known = rows.plan(caseId);
        if (known != null && known.includes(sequence)) {
            return null;
        }
        Object result = chain.proceed();
        rows.plan(caseId).advanceTo(sequence);
        return result;
    }

    /** A rebuild starts from no case at all. */
    @ResetHandler
    void clear() {
        rows.clear();
    }

    @EventHandler
    void on(CaseOpened event) {
        CaseRow plan = new CaseRow(event.caseId(), event.unitId(), event.keyWorkerId(), event.language());
        rows.addPlan(plan);
        event.members().forEach(member ->
                rows.addItem(new FamilyMemberRow(event.caseId(), member, plan.nextFamilyPlace())));
    }

    @EventHandler
    void on(FamilyMemberAdded event) {
        rows.addItem(new FamilyMemberRow(event.caseId(), event.member(), rows.plan(event.caseId()).nextFamilyPlace()));
    }

    @EventHandler
    void on(FamilyMembershipEnded event, @Timestamp Instant leftAt) {
        item(FamilyMemberRow.class, event.caseId(), event.memberId())
                .leave(EventTimes.stored(leftAt), event.reason(), event.note());
    }

    @EventHandler
    void on(FamilyMemberCorrected event) {
        item(FamilyMemberRow.class, event.caseId(), event.memberId()).correct(event.displayName(), event.birthDate());
    }

    @EventHandler
    void on(FamilyLanguageRecorded event) {
        rows.plan(event.caseId()).speak(event.language());
    }

    @EventHandler
    void on(KeyWorkerHandedOver event) {
        rows.plan(event.caseId()).handOverTo(event.newKeyWorkerId());
    }

    @EventHandler
    void on(NeedRecorded event, @SequenceNumber long sequence) {
        rows.addItem(new NeedRow(event, sequence));
    }

    @EventHandler
    void on(NeedRevised event, @SequenceNumber long sequence) {
        item(NeedRow.class, event.caseId(), event.needId())
                .revise(event.description(), event.professionalNote(), sequence);
    }

    @EventHandler
    void on(NeedAgreed event, @SequenceNumber long sequence) {
        answered(event.caseId(), event.needId(), sequence, event.memberId(), AgreementDecision.AGREED,
                event.channel(), event.givenAt(), event.note());
    }

    @EventHandler
    void on(NeedDisagreed event, @SequenceNumber long sequence) {
        answered(event.caseId(), event.needId(), sequence, event.memberId(), AgreementDecision.DISAGREED,
                event.channel(), event.givenAt(), event.note());
    }

    @EventHandler
    void on(NeedClosed event) {
        item(NeedRow.class, event.caseId(), event.needId()).close(event.outcome(), event.note());
    }

    @EventHandler
    void on(ChildViewRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        rows.addItem(new ChildViewRow(event, sequence, EventTimes.stored(recordedAt)));
    }

    @EventHandler
    void on(SupportActionPlanned event, @SequenceNumber long sequence) {
        rows.addItem(new SupportActionRow(event, sequence));
    }

    @EventHandler
    void on(SupportActionCompleted event) {
        item(SupportActionRow.class, event.caseId(), event.actionId())
                .end(CaseView.SupportAction.Status.COMPLETED, event.note());
    }

    @EventHandler
    void on(SupportActionCancelled event) {
        item(SupportActionRow.class, event.caseId(), event.actionId())
                .end(CaseView.SupportAction.Status.CANCELLED, event.reason());
    }

    @EventHandler
    void on(ConsentGranted event, @SequenceNumber long sequence) {
        rows.addItem(ConsentRow.granted(event, sequence));
    }

    @EventHandler
    void on(ConsentRefused event, @SequenceNumber long sequence) {
        rows.addItem(ConsentRow.refused(event, sequence));
    }

    @EventHandler
    void on(ConsentWithdrawn event) {
        item(ConsentRow.class, event.caseId(), event.consentId()).withdrawn(event.withdrawnBy(), event.note());
    }

    @EventHandler
    void on(ConsentExpired event) {
        item(ConsentRow.class, event.caseId(), event.consentId()).end(CaseView.Consent.Status.EXPIRED);
    }

    @EventHandler
    void on(SpecialistInvited event, @SequenceNumber long sequence) {
        rows.addItem(new InvitationRow(event, sequence));
    }

    @EventHandler
    void on(InvitationAccepted event, @SequenceNumber long sequence, @Timestamp Instant acceptedAt) {
        invitationEnded(event.caseId(), event.invitationId(), CaseView.Invitation.Status.ACCEPTED);
        NetworkMemberRow member = item(NetworkMemberRow.class, event.caseId(), event.specialistId());
        if (member == null) {
            rows.addItem(new NetworkMemberRow(event.caseId(), event.specialistId(), event.specialistUnitId(),
                    event.needIds(), sequence, EventTimes.stored(acceptedAt)));
        } else {
            member.widenBy(event.needIds());
        }
    }

    @EventHandler
    void on(InvitationDeclined event) {
        item(InvitationRow.class, event.caseId(), event.invitationId()).decline(event.reason());
    }

    @EventHandler
    void on(InvitationWithdrawn event) {
        invitationEnded(event.caseId(), event.invitationId(), CaseView.Invitation.Status.WITHDRAWN);
    }

    @EventHandler
    void on(InvitationExpired event) {
        invitationEnded(event.caseId(), event.invitationId(), CaseView.Invitation.Status.EXPIRED);
    }

    @EventHandler
    void on(InvitationLapsed event) {
        invitationEnded(event.caseId(), event.invitationId(), CaseView.Invitation.Status.LAPSED);
    }

    @EventHandler
    void on(NetworkMemberLeft event) {
        departed(event.caseId(), event.professionalId());
    }

    @EventHandler
    void on(NetworkMembershipEnded event) {
        departed(event.caseId(), event.professionalId());
    }

    @EventHandler
    void on(ReviewRecorded event, @SequenceNumber long sequence) {
        rows.addItem(new ReviewRow(event, sequence));
    }

    @EventHandler
    void on(PlanApproved event, @SequenceNumber long sequence, @Timestamp Instant approvedAt) {
        rows.plan(event.caseId())
                .approve(event.version(), event.approvedBy(), EventTimes.stored(approvedAt), sequence);
    }

    @EventHandler
    void on(CaseClosed event) {
        rows.plan(event.caseId()).close();
    }

    /**
     * Which answers count depends on every answer to the need's current wording (each member's latest),
     * so the status is worked out from all of them, not from the new one alone.
     */
    private void answered(UUID caseId, UUID needId, long sequence, UUID memberId, AgreementDecision decision,
                          AgreementChannel channel, Instant givenAt, String note) {
        List<AgreementRow> answers = new ArrayList<>(rows.answersTo(caseId, needId));
        var answer = new AgreementRow(caseId, sequence, needId, memberId, decision, channel, EventTimes.stored(givenAt), note);
        rows.addAnswer(answer);
        answers.add(answer);
        item(NeedRow.class, caseId, needId).answered(answers);
    }

    /** The view shows current members only; the history keeps who was a member when. */
    private void departed(UUID caseId, UUID professionalId) {
        rows.remove(item(NetworkMemberRow.class, caseId, professionalId));
    }

    private void invitationEnded(UUID caseId, UUID invitationId, CaseView.Invitation.Status status) {
        item(InvitationRow.class, caseId, invitationId).end(status);
    }

    private <T extends CaseItem> T item(Class<T> type, UUID caseId, UUID id) {
        return rows.item(type, caseId, id);
    }
}
