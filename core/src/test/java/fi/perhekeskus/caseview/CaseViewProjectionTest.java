package fi.perhekeskus.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ApprovePlan;
import fi.perhekeskus.plan.api.ChildViewRecorded;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.FamilyMembershipEnded;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.InvitationAccepted;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedStatus;
import fi.perhekeskus.plan.api.PlanApproved;
import fi.perhekeskus.plan.api.PlanSupportAction;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordChildView;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.testing.StatementCounter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The case view as the plan's commands leave it, read in the next transaction. */
@SpringBootTest
@Import(CaseViewTestConfiguration.class)
class CaseViewProjectionTest {

    /** The case's row, one query per kind of item, and one for the professionals' names. */
    private static final int MAX_QUERIES_PER_VIEW = 11;

    @Autowired
    CaseViewQuery query;

    @Autowired
    ScriptedCases cases;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EventStore events;

    @Autowired
    ConsentPolicy policy;

    private ScriptedCase plan;

    @BeforeEach
    void newCase() {
        plan = cases.next();
    }

    /** Seen inside the transaction that sent the command, and gone with it when it rolls back. */
    @Test
    void theViewIsWrittenInTheCommandsTransaction() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            plan.openWithAgreedNeeds();
            assertThat(query.view(plan.caseId, Visibility.ALL)).as("inside the command's transaction").isPresent();
            status.setRollbackOnly();
        });

        assertThat(query.view(plan.caseId, Visibility.ALL)).as("after it rolled back").isEmpty();
        assertThat(events.readEvents(plan.caseId.toString()).asStream()).as("the events, rolled back with it")
                .isEmpty();
    }

    @Test
    void aCaseReadsBackAsItsEventsLeftIt() {
        var played = new FullPlan(plan);

        assertThat(query.view(plan.caseId, Visibility.ALL)).contains(expected(played));
    }

    @Test
    void anApprovalIsCurrentUntilAnythingButAnotherApprovalHappens() {
        plan.openWithAgreedNeeds();
        plan.send(new ApprovePlan(plan.caseId, plan.mother, plan.version()));
        assertThat(approval().changedSinceApproval()).isFalse();

        plan.send(new ApprovePlan(plan.caseId, plan.father, plan.version()));
        assertThat(approval().approvedBy()).isEqualTo(plan.father);
        assertThat(approval().changedSinceApproval()).isFalse();

        plan.answer(plan.school, plan.father, AgreementDecision.AGREED);
        assertThat(approval().changedSinceApproval()).isTrue();
        assertThat(approval().version()).isEqualTo(plan.version() - 2);
    }

    @Test
    void aViewTakesTheSameFewQueriesHoweverManyNeedsTheCaseHas() {
        plan.openWithAgreedNeeds();
        long fewNeeds = queriesToView();
        assertThat(fewNeeds).as("statements counted").isPositive();
        for (int i = 0; i < 8; i++) {
            UUID need = UUID.randomUUID();
            plan.need(need, "Tarve " + i, plan.leo);
            plan.answer(need, plan.mother, AgreementDecision.AGREED);
            plan.send(new RecordChildView(plan.caseId, UUID.randomUUID(), plan.leo, need, "Sanoi " + i,
                    HowHeard.CONVERSATION, false));
            plan.send(new PlanSupportAction(plan.caseId, UUID.randomUUID(), need, "Toimi " + i,
                    new Responsible(Responsible.Kind.KEY_WORKER, plan.keyWorker), plan.today()));
        }

        assertThat(queriesToView()).isEqualTo(fewNeeds).isLessThanOrEqualTo(MAX_QUERIES_PER_VIEW);
    }

    private CaseView.Approval approval() {
        return query.view(plan.caseId, Visibility.ALL).orElseThrow().approval();
    }

    private long queriesToView() {
        return StatementCounter.count(() -> query.view(plan.caseId, Visibility.ALL).orElseThrow());
    }

    private CaseView expected(FullPlan played) {
        List<DomainEventMessage<?>> events = plan.events();
        LocalDate today = plan.today();
        Instant answeredAt = plan.answeredAt();
        Instant consentEnds = policy.endOf(today.plusDays(30));
        var aboutSchool = new CaseView.ChildView(played.schoolView, plan.emma, plan.school, FullPlan.SCHOOL_VIEW,
                HowHeard.CONVERSATION, timeOf(events, isChildView(played.schoolView)), true);
        var aboutThePlan = new CaseView.ChildView(played.planView, plan.leo, null, null, HowHeard.DECLINED_TO_SAY,
                timeOf(events, isChildView(played.planView)), false);
        var school = new CaseView.Need(plan.school, FullPlan.SCHOOL, FullPlan.SCHOOL_NOTE, NeedStatus.AGREED, null, null,
                Set.of(plan.emma), NeedRaiser.familyMember(plan.mother),
                List.of(agreed(plan.mother, answeredAt), agreed(plan.emma, answeredAt)),
                List.of(aboutSchool),
                List.of(new CaseView.SupportAction(played.action, plan.school, FullPlan.ACTION,
                        new Responsible(Responsible.Kind.NETWORK_MEMBER, plan.specialist), today.plusDays(14),
                        CaseView.SupportAction.Status.COMPLETED, FullPlan.COMPLETION_NOTE)));
        var sleep = new CaseView.Need(plan.sleep, FullPlan.SLEEP_REVISED, null, NeedStatus.AGREED, null, null,
                Set.of(plan.leo), NeedRaiser.keyWorker(), List.of(agreed(plan.mother, answeredAt)), List.of(),
                List.of());
        var evenings = new CaseView.Need(played.evenings, FullPlan.EVENINGS, null, NeedStatus.CLOSED,
                NeedOutcome.NO_LONGER_RELEVANT, FullPlan.CLOSING_NOTE, Set.of(plan.mother, plan.emma), NeedRaiser.familyMember(plan.emma),
                List.of(agreed(plan.mother, answeredAt)), List.of(), List.of());
        var grant = new CaseView.Consent(played.grant, plan.mother, ConsentDecision.GRANT,
                Recipient.professional(plan.specialist), Set.of(plan.school, plan.sleep), ScriptedCase.PURPOSE,
                today.plusDays(30), consentEnds, CaseView.Consent.Status.ACTIVE, null, null);
        var withdrawn = new CaseView.Consent(played.unitGrant, plan.father, ConsentDecision.GRANT,
                Recipient.unit(plan.west), Set.of(plan.sleep), ScriptedCase.PURPOSE, today.plusDays(30), consentEnds,
                CaseView.Consent.Status.WITHDRAWN, plan.father, FullPlan.WITHDRAWAL_NOTE);
        var member = new CaseView.NetworkMember(plan.specialist, null, plan.east, Set.of(plan.school, plan.sleep),
                timeOf(events, InvitationAccepted.class::isInstance));
        var accepted = new CaseView.Invitation(played.accepted, plan.specialist, plan.east,
                Set.of(plan.school, plan.sleep), ScriptedCase.INVITATION_MESSAGE, today.plusDays(7),
                policy.endOf(today.plusDays(7)), CaseView.Invitation.Status.ACCEPTED, null);
        var declined = new CaseView.Invitation(played.declined, plan.consultant, plan.west, Set.of(plan.sleep),
                ScriptedCase.INVITATION_MESSAGE, today.plusDays(7), policy.endOf(today.plusDays(7)),
                CaseView.Invitation.Status.DECLINED, FullPlan.DECLINE_REASON);
        var review = new CaseView.Review(played.review, today, FullPlan.PARTICIPANTS, FullPlan.SUMMARY,
                today.plusMonths(2));
        var approved = (PlanApproved) events.stream().map(DomainEventMessage::getPayload)
                .filter(PlanApproved.class::isInstance).findFirst().orElseThrow();
        return new CaseView(plan.caseId, plan.version(), CaseView.Status.OPEN, plan.east,
                new CaseView.KeyWorker(plan.keyWorker, null, null),
                new CaseView.Family(List.of(
                        new CaseView.Member(plan.mother, MemberRole.GUARDIAN, "Anna", null, null),
                        new CaseView.Member(plan.father, MemberRole.GUARDIAN, FullPlan.FATHER_CORRECTED,
                                LocalDate.of(1984, 2, 11), new CaseView.Left(
                                        timeOf(events, FamilyMembershipEnded.class::isInstance),
                                        FamilyMembershipEndReason.MOVED_OUT, null)),
                        new CaseView.Member(plan.emma, MemberRole.CHILD, "Emma", today.minusYears(13), null),
                        new CaseView.Member(plan.leo, MemberRole.CHILD, "Leo", today.minusYears(7), null),
                        new CaseView.Member(played.baby, MemberRole.CHILD, "Vauva", today, null)),
                        FullPlan.LANGUAGE),
                List.of(school, sleep, evenings),
                List.of(aboutThePlan),
                List.of(grant, withdrawn),
                new CaseView.Network(List.of(member), List.of(accepted, declined)),
                List.of(review),
                new CaseView.Approval(approved.version(), plan.mother, timeOf(events, PlanApproved.class::isInstance),
                        true));
    }

    private static Predicate<Object> isChildView(UUID viewId) {
        return payload -> payload instanceof ChildViewRecorded recorded && recorded.viewId().equals(viewId);
    }

    private static CaseView.Agreement agreed(UUID memberId, Instant givenAt) {
        return new CaseView.Agreement(memberId, AgreementDecision.AGREED, AgreementChannel.MEETING, givenAt, null);
    }

    /** When the event was recorded, to the millisecond as the event store keeps it. */
    private static Instant timeOf(List<DomainEventMessage<?>> events, Predicate<Object> payload) {
        return events.stream().filter(event -> payload.test(event.getPayload())).findFirst().orElseThrow()
                .getTimestamp();
    }
}
