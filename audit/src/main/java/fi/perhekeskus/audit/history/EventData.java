package fi.perhekeskus.audit.history;

import static fi.perhekeskus.plan.api.AgreementDecision.AGREED;
import static fi.perhekeskus.plan.api.AgreementDecision.DISAGREED;
import static fi.perhekeskus.plan.api.ConsentDecision.GRANT;
import static fi.perhekeskus.plan.api.ConsentDecision.REFUSE;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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

/**
 * Each stored event's data as the history shows it: one entry per event type the plan stores, so
 * that an event added to the plan without a shape here fails its test, not a reader's request.
 */
final class EventData {

    private static final Map<Class<?>, Function<Object, HistoryData>> SHAPES = Map.ofEntries(
            shape(CaseOpened.class, event -> new HistoryData.Opening(event.members().stream()
                    .map(member -> new HistoryData.OpeningMember(member.memberId(), member.role(), member.displayName(),
                            member.birthDate()))
                    .toList(), event.keyWorkerId(), event.unitId(), event.language())),
            shape(FamilyMemberAdded.class, event -> new HistoryData.MemberJoining(new HistoryData.OpeningMember(
                    event.member().memberId(), event.member().role(), event.member().displayName(),
                    event.member().birthDate()))),
            shape(FamilyMembershipEnded.class, event -> new HistoryData.MemberLeaving(event.memberId(), event.reason(),
                    event.note())),
            shape(FamilyMemberCorrected.class, event -> new HistoryData.MemberCorrection(event.memberId(),
                    event.displayName(), event.birthDate(), event.note())),
            shape(FamilyLanguageRecorded.class, event -> new HistoryData.LanguageChange(event.language())),
            shape(KeyWorkerHandedOver.class, event -> new HistoryData.KeyWorkerHandover(event.previousKeyWorkerId(),
                    event.newKeyWorkerId(), event.reason())),
            shape(NeedRecorded.class, event -> new HistoryData.NewNeed(event.needId(), event.description(),
                    event.professionalNote(), event.concernsMemberIds(), event.raisedBy())),
            shape(NeedRevised.class, event -> new HistoryData.Rewording(event.needId(), event.description(),
                    event.professionalNote())),
            shape(NeedAgreed.class, event -> new HistoryData.Answer(event.needId(), event.memberId(), AGREED,
                    event.channel(), event.givenAt(), event.note())),
            shape(NeedDisagreed.class, event -> new HistoryData.Answer(event.needId(), event.memberId(), DISAGREED,
                    event.channel(), event.givenAt(), event.note())),
            shape(NeedClosed.class, event -> new HistoryData.NeedEnd(event.needId(), event.outcome(),
                    event.note())),
            shape(ChildViewRecorded.class, event -> new HistoryData.NewChildView(event.viewId(), event.childId(),
                    event.needId(), event.view(), event.howHeard(), event.wordsShownToGuardians())),
            shape(SupportActionPlanned.class, event -> new HistoryData.NewAction(event.actionId(), event.needId(),
                    event.description(), event.responsible(), event.dueDate())),
            shape(SupportActionCompleted.class, event -> new HistoryData.ActionEnd(event.actionId(), event.note())),
            shape(SupportActionCancelled.class, event -> new HistoryData.ActionEnd(event.actionId(), event.reason())),
            shape(ConsentGranted.class, event -> new HistoryData.NewConsent(event.consentId(), event.givenBy(), GRANT,
                    event.recipient(), event.needIds(), event.purpose(), event.validUntil(), event.form(),
                    event.childMaturityAssessed())),
            shape(ConsentRefused.class, event -> new HistoryData.NewConsent(event.consentId(), event.givenBy(), REFUSE,
                    event.recipient(), event.needIds(), event.purpose(), null, event.form(),
                    event.childMaturityAssessed())),
            shape(ConsentWithdrawn.class, event -> new HistoryData.ConsentEnd(event.consentId(), event.withdrawnBy(),
                    event.note())),
            shape(ConsentExpired.class, event -> new HistoryData.ConsentEnd(event.consentId(), null, null)),
            shape(SpecialistInvited.class, event -> new HistoryData.NewInvitation(event.invitationId(),
                    event.specialistId(), event.specialistUnitId(), event.needIds(), event.consentIds(),
                    event.message(), event.respondBy())),
            shape(InvitationAccepted.class, event -> new HistoryData.Joining(event.invitationId(),
                    event.specialistId(), event.needIds(), event.consentIds())),
            shape(InvitationDeclined.class, event -> new HistoryData.InvitationEnd(event.invitationId(),
                    event.reason())),
            shape(InvitationWithdrawn.class, event -> new HistoryData.InvitationEnd(event.invitationId(), null)),
            shape(InvitationExpired.class, event -> new HistoryData.InvitationEnd(event.invitationId(), null)),
            shape(InvitationLapsed.class, event -> new HistoryData.InvitationEnd(event.invitationId(),
                    event.reason().name())),
            shape(NetworkMemberLeft.class, event -> new HistoryData.MembershipEnd(event.professionalId(),
                    event.reason(), null)),
            shape(NetworkMembershipEnded.class, event -> new HistoryData.MembershipEnd(event.professionalId(),
                    event.reason().name(), event.note())),
            shape(ReviewRecorded.class, event -> new HistoryData.NewReview(event.reviewId(), event.heldOn(),
                    event.participants(), event.summary(), event.nextReviewOn())),
            shape(PlanApproved.class, event -> new HistoryData.NewApproval(event.approvedBy(), event.version())),
            shape(CaseClosed.class, event -> new HistoryData.CaseEnd(event.reason())));

    private EventData() {
    }

    /** The event types that have a shape: every event the plan stores, as its test checks. */
    static Set<Class<?>> types() {
        return SHAPES.keySet();
    }

    static HistoryData of(Object event) {
        Function<Object, HistoryData> shape = SHAPES.get(event.getClass());
        if (shape == null) {
            throw new IllegalArgumentException("No history shape for " + event.getClass().getName());
        }
        return shape.apply(event);
    }

    private static <E> Map.Entry<Class<?>, Function<Object, HistoryData>> shape(Class<E> type,
                                                                               Function<E, HistoryData> data) {
        return Map.entry(type, event -> data.apply(type.cast(event)));
    }
}
