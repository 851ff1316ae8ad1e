package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.ACTION;
import static fi.perhekeskus.plan.TestPlan.CASE;
import static fi.perhekeskus.plan.TestPlan.CONSENT;
import static fi.perhekeskus.plan.TestPlan.EAST;
import static fi.perhekeskus.plan.TestPlan.EMMA;
import static fi.perhekeskus.plan.TestPlan.INVITATION;
import static fi.perhekeskus.plan.TestPlan.KEY_WORKER;
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

    /** Emma's school need consented to for the whole east unit; one specialist has joined, another is invited. */
    private static History activeNetwork() {
        return History.opened().agreedNeed(SCHOOL, EMMA)
                .granted(CONSENT, MOTHER, Recipient.unit(EAST), SCHOOL)
                .member(SPECIALIST, Set.of(CONSENT), SCHOOL)
                .invited(OTHER_SPECIALIST, Set.of(CONSENT), SCHOOL);
    }

    @Test
    void closesCaseWithReason() {
        given(History.opened())
                .when(new CloseCase(CASE, REASON))
                .expectEvents(new CaseClosed(CASE, REASON));
    }

    @Test
    void closingNeedsReason() {
        given(History.opened())
                .when(new CloseCase(CASE, ""))
                .expectException(violates(PlanRule.REASON_REQUIRED, CASE))
                .expectNoEvents();
    }

    @Test
    void closingLapsesPendingInvitationsAndEndsMemberships() {
        given(activeNetwork())
                .when(new CloseCase(CASE, REASON))
                .expectEvents(
                        new CaseClosed(CASE, REASON),
                        TestPlan.lapsed(OTHER_SPECIALIST, InvitationLapseReason.CASE_CLOSED),
                        new NetworkMembershipEnded(CASE, SPECIALIST, MembershipEndReason.CASE_CLOSED, null));
    }

    @Test
    void closingCancelsResponseDeadlines() {
        given(History.schoolSharedWith(SPECIALIST))
                .andGivenCommands(TestPlan.invite(INVITATION, SPECIALIST, SCHOOL))
                .when(new CloseCase(CASE, REASON))
                .expectNoScheduledDeadlines();
    }

    @Test
    void consentOfClosedCaseStillExpiresOnItsDate() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .andGivenCommands(TestPlan.grant(CONSENT, MOTHER, Recipient.professional(SPECIALIST), SCHOOL),
                        new CloseCase(CASE, REASON))
                .whenTimeAdvancesTo(TestPlan.CONSENT_ENDS_AT)
                .expectEvents(new ConsentExpired(CASE, CONSENT));
    }

    @ParameterizedTest
    @MethodSource("everyCommandOnAnOpenCase")
    void closedCaseRefusesEveryCommand(Object command) {
        given(activeNetwork().then(new CaseClosed(CASE, REASON)))
                .when(command)
                .expectException(violates(PlanRule.CASE_CLOSED, CASE))
                .expectNoEvents();
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
                new RecordReview(CASE, TestPlan.id("review"), TODAY, List.of("Anna"), "Last", TODAY.plusDays(1)),
                new ApprovePlan(CASE, MOTHER, 0),
                new CloseCase(CASE, REASON));
    }
}
