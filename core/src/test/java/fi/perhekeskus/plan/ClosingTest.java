package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.ACTION;
import static fi.perhekeskus.plan.TestPlan.CASE;
import static fi.perhekeskus.plan.TestPlan.CONSENT;
import static fi.perhekeskus.plan.TestPlan.EAST;
import static fi.perhekeskus.plan.TestPlan.EMMA;
import static fi.perhekeskus.plan.TestPlan.INVITATION;
import static fi.perhekeskus.plan.TestPlan.KEY_WORKER;
import static fi.perhekeskus.plan.TestPlan.LEO;
import static fi.perhekeskus.plan.TestPlan.SLEEP;
import static fi.perhekeskus.plan.TestPlan.MOTHER;
import static fi.perhekeskus.plan.TestPlan.NEXT_KEY_WORKER;
import static fi.perhekeskus.plan.TestPlan.OTHER_SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.SCHOOL;
import static fi.perhekeskus.plan.TestPlan.SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.TODAY;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fi.perhekeskus.plan.api.AcceptInvitation;
import fi.perhekeskus.plan.api.ActionClosure;
import fi.perhekeskus.plan.api.ActionResolution;
import fi.perhekeskus.plan.api.CaseReopened;
import fi.perhekeskus.plan.api.NeedClosed;
import fi.perhekeskus.plan.api.NeedClosure;
import fi.perhekeskus.plan.api.NeedRecorded;
import fi.perhekeskus.plan.api.ReopenCase;
import fi.perhekeskus.plan.api.ReviewParticipant;
import fi.perhekeskus.plan.api.SetGoal;
import fi.perhekeskus.plan.api.SupportActionCompleted;
import fi.perhekeskus.plan.api.SupportActionHandedOn;
import fi.perhekeskus.plan.api.SupportActionPlanned;
import fi.perhekeskus.plan.api.AddFamilyMember;
import fi.perhekeskus.plan.api.CorrectFamilyMember;
import fi.perhekeskus.plan.api.EndFamilyMembership;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.RecordFamilyLanguage;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ApprovePlan;
import fi.perhekeskus.plan.api.CancelSupportAction;
import fi.perhekeskus.plan.api.CaseClosed;
import fi.perhekeskus.plan.api.CloseCase;
import fi.perhekeskus.plan.api.CloseNeed;
import fi.perhekeskus.plan.api.CompleteSupportAction;
import fi.perhekeskus.plan.api.ConsentExpired;
import fi.perhekeskus.plan.api.DeclineInvitation;
import fi.perhekeskus.plan.api.HandOverKeyWorker;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.InvitationLapseReason;
import fi.perhekeskus.plan.api.MembershipEndReason;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NetworkMembershipEnded;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.PlanSupportAction;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordChildView;
import fi.perhekeskus.plan.api.RecordDeparture;
import fi.perhekeskus.plan.api.RecordNeed;
import fi.perhekeskus.plan.api.RecordReview;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.ReviseNeed;
import fi.perhekeskus.plan.api.WithdrawInvitation;

class ClosingTest extends PlanTest {

    private static final String REASON = "The family moved to Tampere";
    private static final String SUMMARY = "Emma goes to school again; the support goes on in Tampere.";
    private static final String REFERRAL = "Tampere family centre";

    /** Closing a case whose every need was met and whose actions are all done. */
    private static CloseCase close(List<NeedClosure> outcomes, List<ActionClosure> resolutions) {
        return new CloseCase(CASE, REASON, outcomes, resolutions, SUMMARY, REFERRAL);
    }

    private static CloseCase closeMeetingSchool() {
        return close(List.of(new NeedClosure(SCHOOL, NeedOutcome.MET, null)), List.of());
    }

    /** Emma's school need consented to for the whole east unit; one specialist has joined, another is invited. */
    private static History activeNetwork() {
        return History.opened().agreedNeed(SCHOOL, EMMA)
                .granted(CONSENT, MOTHER, Recipient.unit(EAST), SCHOOL)
                .member(SPECIALIST, Set.of(CONSENT), SCHOOL)
                .invited(OTHER_SPECIALIST, Set.of(CONSENT), SCHOOL);
    }

    @Test
    void closesCaseWithReasonSummaryAndReferral() {
        given(History.opened())
                .when(close(List.of(), List.of()))
                .expectEvents(new CaseClosed(CASE, REASON, SUMMARY, REFERRAL));
    }

    @Test
    void closingNeedsReason() {
        given(History.opened())
                .when(new CloseCase(CASE, "", List.of(), List.of(), SUMMARY, null))
                .expectException(violates(PlanRule.REASON_REQUIRED, CASE))
                .expectNoEvents();
    }

    @Test
    void closingNeedsSummaryForTheFamily() {
        given(History.opened())
                .when(new CloseCase(CASE, REASON, List.of(), List.of(), " ", REFERRAL))
                .expectException(violates(PlanRule.CLOSING_SUMMARY_REQUIRED, CASE))
                .expectNoEvents();
    }

    @Test
    void closingGivesEachOpenNeedItsOutcomeBeforeTheCaseCloses() {
        given(History.opened().agreedNeed(SCHOOL, EMMA).need(SLEEP, LEO))
                .when(close(List.of(new NeedClosure(SCHOOL, NeedOutcome.MET, "Goes to school"),
                        new NeedClosure(SLEEP, NeedOutcome.NO_LONGER_RELEVANT, null)), List.of()))
                .expectEvents(new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, "Goes to school"),
                        new NeedClosed(CASE, SLEEP, NeedOutcome.NO_LONGER_RELEVANT, null),
                        new CaseClosed(CASE, REASON, SUMMARY, REFERRAL));
    }

    @Test
    void closingThatLeavesAnOpenNeedWithoutOutcomeIsRefusedNamingTheNeed() {
        given(History.opened().agreedNeed(SCHOOL, EMMA).need(SLEEP, LEO))
                .when(closeMeetingSchool())
                .expectException(violates(PlanRule.OUTCOME_REQUIRED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void anOutcomeIsAnOutcome() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(close(List.of(new NeedClosure(SCHOOL, null, "?")), List.of()))
                .expectException(violates(PlanRule.OUTCOME_REQUIRED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void aClosedNeedTakesNoOutcomeAgain() {
        given(History.opened().agreedNeed(SCHOOL, EMMA).then(new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, null)))
                .when(closeMeetingSchool())
                .expectException(violates(PlanRule.NEED_CLOSED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void aNeedIsGivenOneOutcome() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(close(List.of(new NeedClosure(SCHOOL, NeedOutcome.MET, null),
                        new NeedClosure(SCHOOL, NeedOutcome.NOT_MET, null)), List.of()))
                .expectException(violates(PlanRule.NAMED_TWICE, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void closingThatLeavesAnOpenActionWithoutResolutionIsRefusedNamingTheAction() {
        given(withAction())
                .when(closeMeetingSchool())
                .expectException(violates(PlanRule.RESOLUTION_REQUIRED, ACTION))
                .expectNoEvents();
    }

    @Test
    void closingResolvesEachOpenActionFirst() {
        given(withAction())
                .when(close(List.of(new NeedClosure(SCHOOL, NeedOutcome.PARTLY_MET, null)),
                        List.of(new ActionClosure(ACTION, ActionResolution.HANDED_ON, "Tampere school social work",
                                "The teacher knows"))))
                .expectEvents(new SupportActionHandedOn(CASE, ACTION, "Tampere school social work", "The teacher knows"),
                        new NeedClosed(CASE, SCHOOL, NeedOutcome.PARTLY_MET, null),
                        new CaseClosed(CASE, REASON, SUMMARY, REFERRAL));
    }

    @Test
    void anActionDoneOrCancelledAtClosingIsCompletedOrCancelled() {
        given(withAction())
                .when(close(List.of(new NeedClosure(SCHOOL, NeedOutcome.MET, null)),
                        List.of(new ActionClosure(ACTION, ActionResolution.DONE, null, "Met the teacher"))))
                .expectEvents(new SupportActionCompleted(CASE, ACTION, "Met the teacher"),
                        new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, null),
                        new CaseClosed(CASE, REASON, SUMMARY, REFERRAL));
    }

    @Test
    void anActionCancelledAtClosingSaysWhy() {
        given(withAction())
                .when(close(List.of(new NeedClosure(SCHOOL, NeedOutcome.NOT_MET, null)),
                        List.of(new ActionClosure(ACTION, ActionResolution.CANCELLED, null, null))))
                .expectException(violates(PlanRule.REASON_REQUIRED, ACTION))
                .expectNoEvents();
    }

    @Test
    void anActionHandedOnNamesTheService() {
        given(withAction())
                .when(close(List.of(new NeedClosure(SCHOOL, NeedOutcome.MET, null)),
                        List.of(new ActionClosure(ACTION, ActionResolution.HANDED_ON, " ", null))))
                .expectException(violates(PlanRule.SERVICE_REQUIRED, ACTION))
                .expectNoEvents();
    }

    @Test
    void anActionIsGivenAResolution() {
        given(withAction())
                .when(close(List.of(new NeedClosure(SCHOOL, NeedOutcome.MET, null)),
                        List.of(new ActionClosure(ACTION, null, null, null))))
                .expectException(violates(PlanRule.RESOLUTION_REQUIRED, ACTION))
                .expectNoEvents();
    }

    @Test
    void aClosedCaseIsReopened() {
        given(History.opened().then(new CaseClosed(CASE, REASON, SUMMARY, null)))
                .when(new ReopenCase(CASE, "The family came back"))
                .expectEvents(new CaseReopened(CASE, "The family came back"));
    }

    @Test
    void aReopenedCaseTakesChangesAgain() {
        given(History.opened().then(new CaseClosed(CASE, REASON, SUMMARY, null),
                new CaseReopened(CASE, "The family came back")))
                .when(new RecordNeed(CASE, SLEEP, TestPlan.DESCRIPTION, null, Set.of(LEO), NeedRaiser.keyWorker()))
                .expectEvents(new NeedRecorded(CASE, SLEEP, TestPlan.DESCRIPTION, null, Set.of(LEO),
                        NeedRaiser.keyWorker()));
    }

    @Test
    void onlyAClosedCaseIsReopened() {
        given(History.opened())
                .when(new ReopenCase(CASE, "The family came back"))
                .expectException(violates(PlanRule.CASE_NOT_CLOSED, CASE))
                .expectNoEvents();
    }

    @Test
    void reopeningSaysWhy() {
        given(History.opened().then(new CaseClosed(CASE, REASON, SUMMARY, null)))
                .when(new ReopenCase(CASE, " "))
                .expectException(violates(PlanRule.REASON_REQUIRED, CASE))
                .expectNoEvents();
    }

    @Test
    void closingLapsesPendingInvitationsAndEndsMemberships() {
        given(activeNetwork())
                .when(closeMeetingSchool())
                .expectEvents(
                        new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, null),
                        new CaseClosed(CASE, REASON, SUMMARY, REFERRAL),
                        TestPlan.lapsed(OTHER_SPECIALIST, InvitationLapseReason.CASE_CLOSED),
                        new NetworkMembershipEnded(CASE, SPECIALIST, MembershipEndReason.CASE_CLOSED, null));
    }

    @Test
    void closingCancelsResponseDeadlines() {
        given(History.schoolSharedWith(SPECIALIST))
                .andGivenCommands(TestPlan.invite(INVITATION, SPECIALIST, SCHOOL))
                .when(closeMeetingSchool())
                .expectNoScheduledDeadlines();
    }

    @Test
    void consentOfClosedCaseStillExpiresOnItsDate() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .andGivenCommands(TestPlan.grant(CONSENT, MOTHER, Recipient.professional(SPECIALIST), SCHOOL),
                        closeMeetingSchool())
                .whenTimeAdvancesTo(TestPlan.CONSENT_ENDS_AT)
                .expectEvents(new ConsentExpired(CASE, CONSENT));
    }

    @ParameterizedTest
    @MethodSource("everyCommandOnAnOpenCase")
    void closedCaseRefusesEveryCommand(Object command) {
        given(activeNetwork().then(new CaseClosed(CASE, REASON, SUMMARY, null)))
                .when(command)
                .expectException(violates(PlanRule.CASE_CLOSED, CASE))
                .expectNoEvents();
    }

    /** Emma's school need with an open action on it. */
    private static History withAction() {
        return History.opened().agreedNeed(SCHOOL, EMMA).then(new SupportActionPlanned(CASE, ACTION, SCHOOL,
                "Meet the teacher", new Responsible(Responsible.Kind.KEY_WORKER, KEY_WORKER), TODAY.plusDays(7)));
    }

    static Stream<Object> everyCommandOnAnOpenCase() {
        Responsible keyWorker = new Responsible(Responsible.Kind.KEY_WORKER, KEY_WORKER);
        return Stream.of(
                new HandOverKeyWorker(CASE, NEXT_KEY_WORKER, REASON),
                new RecordFamilyLanguage(CASE, new FamilyLanguage("sv", false)),
                new AddFamilyMember(CASE, new FamilyMember(TestPlan.id("baby"), MemberRole.CHILD, "Vauva", TODAY)),
                new EndFamilyMembership(CASE, TestPlan.FATHER, FamilyMembershipEndReason.MOVED_OUT, null),
                new CorrectFamilyMember(CASE, MOTHER, "Anna-Liisa", null, null),
                new RecordNeed(CASE, TestPlan.SLEEP, TestPlan.DESCRIPTION, null, Set.of(EMMA), NeedRaiser.keyWorker()),
                new ReviseNeed(CASE, SCHOOL, TestPlan.DESCRIPTION, null),
                TestPlan.answer(SCHOOL, MOTHER, AgreementDecision.AGREED),
                new CloseNeed(CASE, SCHOOL, NeedOutcome.MET, null),
                new RecordChildView(CASE, TestPlan.id("view"), EMMA, null, "Kiva", HowHeard.CONVERSATION, false),
                new PlanSupportAction(CASE, ACTION, SCHOOL, "Meet the teacher", keyWorker, TODAY),
                new CompleteSupportAction(CASE, ACTION, KEY_WORKER, null),
                new CancelSupportAction(CASE, ACTION, REASON),
                TestPlan.grant(TestPlan.SECOND_CONSENT, MOTHER, Recipient.professional(SPECIALIST), SCHOOL),
                TestPlan.withdraw(CONSENT, MOTHER),
                TestPlan.invite(INVITATION, TestPlan.CONSULTANT, SCHOOL),
                new WithdrawInvitation(CASE, TestPlan.invitationOf(OTHER_SPECIALIST)),
                new AcceptInvitation(CASE, TestPlan.invitationOf(OTHER_SPECIALIST), OTHER_SPECIALIST),
                new DeclineInvitation(CASE, TestPlan.invitationOf(OTHER_SPECIALIST), OTHER_SPECIALIST, REASON),
                new RecordDeparture(CASE, SPECIALIST, SPECIALIST, null),
                new RecordReview(CASE, TestPlan.id("review"), TODAY, List.of(ReviewParticipant.familyMember(MOTHER)),
                        "Last", List.of(), TODAY.plusDays(1)),
                new SetGoal(CASE, SCHOOL, "Emma goes to school", "She leaves on time"),
                new ApprovePlan(CASE, MOTHER, 0),
                closeMeetingSchool());
    }
}
