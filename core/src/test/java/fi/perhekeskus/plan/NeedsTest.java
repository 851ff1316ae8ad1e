package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.ACTION;
import static fi.perhekeskus.plan.TestPlan.CASE;
import static fi.perhekeskus.plan.TestPlan.CONSENT;
import static fi.perhekeskus.plan.TestPlan.DESCRIPTION;
import static fi.perhekeskus.plan.TestPlan.EMMA;
import static fi.perhekeskus.plan.TestPlan.EVENINGS;
import static fi.perhekeskus.plan.TestPlan.FATHER;
import static fi.perhekeskus.plan.TestPlan.LEO;
import static fi.perhekeskus.plan.TestPlan.MOTHER;
import static fi.perhekeskus.plan.TestPlan.NOW;
import static fi.perhekeskus.plan.TestPlan.SCHOOL;
import static fi.perhekeskus.plan.TestPlan.SLEEP;
import static fi.perhekeskus.plan.TestPlan.SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.TODAY;
import static fi.perhekeskus.plan.TestPlan.answer;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ChildViewRecorded;
import fi.perhekeskus.plan.api.CloseNeed;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.InvitationLapseReason;
import fi.perhekeskus.plan.api.MembershipEndReason;
import fi.perhekeskus.plan.api.NeedAgreed;
import fi.perhekeskus.plan.api.NeedClosed;
import fi.perhekeskus.plan.api.NeedDisagreed;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedRecorded;
import fi.perhekeskus.plan.api.NeedRevised;
import fi.perhekeskus.plan.api.NetworkMembershipEnded;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.RecordChildView;
import fi.perhekeskus.plan.api.RecordNeed;
import fi.perhekeskus.plan.api.RecordNeedAgreement;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.ReviseNeed;
import fi.perhekeskus.plan.api.SupportActionPlanned;

class NeedsTest extends PlanTest {

    private static final UUID VIEW = TestPlan.id("view 1");
    private static final String WORDING = "Leo ei saa unta ja herää yöllä.";

    private static RecordNeed recordSleep(String description, UUID... concerns) {
        return new RecordNeed(CASE, SLEEP, description, null, Set.of(concerns), NeedRaiser.familyMember(MOTHER));
    }

    private static CloseNeed closeAsMet(UUID needId) {
        return new CloseNeed(CASE, needId, NeedOutcome.MET, "Sleeps through the night");
    }

    private static RecordChildView view(UUID needId, String text, HowHeard howHeard) {
        return new RecordChildView(CASE, VIEW, EMMA, needId, text, howHeard, false);
    }

    @Test
    void recordsNeedInFamilysOwnWordsVerbatim() {
        given(History.opened())
                .when(new RecordNeed(CASE, SLEEP, DESCRIPTION, "Check sleep diary", Set.of(LEO),
                        NeedRaiser.keyWorker()))
                .expectEvents(new NeedRecorded(CASE, SLEEP, DESCRIPTION, "Check sleep diary", Set.of(LEO),
                        NeedRaiser.keyWorker()));
    }

    @Test
    void needMustBeDescribed() {
        given(History.opened())
                .when(recordSleep("  \n", LEO))
                .expectException(violates(PlanRule.DESCRIPTION_REQUIRED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void needDescriptionHasMaximumLength() {
        given(History.opened())
                .when(recordSleep("ä".repeat(Rules.MAX_TEXT_LENGTH + 1), LEO))
                .expectException(violates(PlanRule.TEXT_TOO_LONG, "description"))
                .expectNoEvents();
    }

    @Test
    void needOfMaximumLengthIsKept() {
        given(History.opened())
                .when(recordSleep("😴".repeat(Rules.MAX_TEXT_LENGTH), LEO))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void needMustNameWhomItConcerns() {
        given(History.opened())
                .when(recordSleep(WORDING))
                .expectException(violates(PlanRule.CONCERNED_MEMBERS_REQUIRED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void needCanOnlyConcernFamilyMembers() {
        given(History.opened())
                .when(recordSleep(WORDING, SPECIALIST))
                .expectException(violates(PlanRule.UNKNOWN_MEMBER, SPECIALIST))
                .expectNoEvents();
    }

    @Test
    void needIsRaisedByFamilyMemberOrKeyWorker() {
        given(History.opened())
                .when(new RecordNeed(CASE, SLEEP, WORDING, null, Set.of(LEO), NeedRaiser.familyMember(SPECIALIST)))
                .expectException(violates(PlanRule.UNKNOWN_MEMBER, SPECIALIST))
                .expectNoEvents();
    }

    @Test
    void needIdCannotBeReused() {
        given(History.opened().need(SLEEP, LEO))
                .when(recordSleep(WORDING, LEO))
                .expectException(violates(PlanRule.ID_ALREADY_USED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void familyMemberAgreesToNeed() {
        given(History.opened().need(SLEEP, LEO))
                .when(answer(SLEEP, FATHER, AgreementDecision.AGREED))
                .expectEvents(new NeedAgreed(CASE, SLEEP, FATHER, AgreementChannel.PHONE, NOW, null));
    }

    @Test
    void familyMemberDisagreesWithNeed() {
        given(History.opened().need(SLEEP, LEO))
                .when(answer(SLEEP, LEO, AgreementDecision.DISAGREED))
                .expectEvents(new NeedDisagreed(CASE, SLEEP, LEO, AgreementChannel.PHONE, NOW, null));
    }

    @Test
    void onlyFamilyMembersAnswerNeeds() {
        given(History.opened().need(SLEEP, LEO))
                .when(answer(SLEEP, SPECIALIST, AgreementDecision.AGREED))
                .expectException(violates(PlanRule.UNKNOWN_MEMBER, SPECIALIST))
                .expectNoEvents();
    }

    @Test
    void answerCannotBeDatedInFuture() {
        given(History.opened().need(SLEEP, LEO))
                .when(new RecordNeedAgreement(CASE, SLEEP, MOTHER, AgreementDecision.AGREED, AgreementChannel.WRITTEN,
                        NOW.plusSeconds(60), null))
                .expectException(violates(PlanRule.GIVEN_AT_IN_FUTURE, SLEEP))
                .expectNoEvents();
    }

    @Test
    void cannotAnswerUnknownNeed() {
        given(History.opened())
                .when(answer(SLEEP, MOTHER, AgreementDecision.AGREED))
                .expectException(violates(PlanRule.UNKNOWN_NEED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void anyMembersDisagreementMakesNeedDisagreed() {
        given(History.opened().agreedNeed(SLEEP, LEO).then(new NeedDisagreed(CASE, SLEEP, FATHER,
                AgreementChannel.MEETING, NOW, null)))
                .when(closeAsMet(SLEEP))
                .expectException(violates(PlanRule.NEED_NOT_AGREED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void onlyMembersLatestAnswerCounts() {
        given(History.opened().agreedNeed(SLEEP, LEO)
                .then(new NeedDisagreed(CASE, SLEEP, FATHER, AgreementChannel.MEETING, NOW, null))
                .then(TestPlan.agreedBy(FATHER, SLEEP)))
                .when(closeAsMet(SLEEP))
                .expectEvents(new NeedClosed(CASE, SLEEP, NeedOutcome.MET, "Sleeps through the night"));
    }

    @Test
    void proposedNeedIsNotAgreed() {
        given(History.opened().need(SLEEP, LEO))
                .when(closeAsMet(SLEEP))
                .expectException(violates(PlanRule.NEED_NOT_AGREED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void revisingNeedRecordsNewWording() {
        given(History.opened().agreedNeed(SLEEP, LEO))
                .when(new ReviseNeed(CASE, SLEEP, WORDING, null))
                .expectEvents(new NeedRevised(CASE, SLEEP, WORDING, null));
    }

    @Test
    void revisedNeedStaysSharedWithItsNetwork() {
        given(History.schoolMember(SPECIALIST))
                .when(new ReviseNeed(CASE, SCHOOL, WORDING, null))
                .expectEvents(new NeedRevised(CASE, SCHOOL, WORDING, null));
    }

    @Test
    void revisionReturnsNeedToProposed() {
        given(History.opened().agreedNeed(SLEEP, LEO).then(new NeedRevised(CASE, SLEEP, WORDING, null)))
                .when(closeAsMet(SLEEP))
                .expectException(violates(PlanRule.NEED_NOT_AGREED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void revisedNeedStillNeedsDescription() {
        given(History.opened().need(SLEEP, LEO))
                .when(new ReviseNeed(CASE, SLEEP, null, "note"))
                .expectException(violates(PlanRule.DESCRIPTION_REQUIRED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void closesAgreedNeedAsNoLongerRelevant() {
        given(History.opened().agreedNeed(SLEEP, LEO))
                .when(new CloseNeed(CASE, SLEEP, NeedOutcome.NO_LONGER_RELEVANT, null))
                .expectEvents(new NeedClosed(CASE, SLEEP, NeedOutcome.NO_LONGER_RELEVANT, null));
    }

    @Test
    void cannotCloseNeedWithOpenActions() {
        given(History.opened().agreedNeed(SLEEP, LEO).then(new SupportActionPlanned(CASE, ACTION, SLEEP,
                "Sleep diary", new Responsible(Responsible.Kind.FAMILY_MEMBER, MOTHER), TODAY)))
                .when(closeAsMet(SLEEP))
                .expectException(violates(PlanRule.NEED_HAS_OPEN_ACTIONS, SLEEP))
                .expectNoEvents();
    }

    @Test
    void nothingMoreIsAnsweredOnClosedNeed() {
        given(History.opened().agreedNeed(SLEEP, LEO).then(new NeedClosed(CASE, SLEEP, NeedOutcome.MET, null)))
                .when(answer(SLEEP, FATHER, AgreementDecision.AGREED))
                .expectException(violates(PlanRule.NEED_CLOSED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void closedNeedIsNotRevised() {
        given(History.opened().agreedNeed(SLEEP, LEO).then(new NeedClosed(CASE, SLEEP, NeedOutcome.MET, null)))
                .when(new ReviseNeed(CASE, SLEEP, WORDING, null))
                .expectException(violates(PlanRule.NEED_CLOSED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void closingNeedLapsesInvitationScopedOnlyToIt() {
        given(History.schoolSharedWith(SPECIALIST).invited(SPECIALIST, Set.of(CONSENT), SCHOOL))
                .when(closeAsMet(SCHOOL))
                .expectEvents(
                        new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, "Sleeps through the night"),
                        TestPlan.lapsed(SPECIALIST, InvitationLapseReason.NEED_CLOSED));
    }

    @Test
    void closingNeedEndsMembershipScopedOnlyToIt() {
        given(History.schoolMember(SPECIALIST))
                .when(closeAsMet(SCHOOL))
                .expectEvents(
                        new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, "Sleeps through the night"),
                        new NetworkMembershipEnded(CASE, SPECIALIST, MembershipEndReason.NEED_CLOSED, null));
    }

    @Test
    void closingOneOfMembersNeedsKeepsMembership() {
        given(History.opened().agreedNeed(SCHOOL, EMMA).agreedNeed(EVENINGS, EMMA)
                .granted(CONSENT, MOTHER, Recipient.professional(SPECIALIST), SCHOOL, EVENINGS)
                .member(SPECIALIST, Set.of(CONSENT), SCHOOL, EVENINGS))
                .when(closeAsMet(SCHOOL))
                .expectEvents(new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, "Sleeps through the night"));
    }

    @Test
    void recordsChildsViewOnNeed() {
        given(History.opened().need(SCHOOL, EMMA))
                .when(view(SCHOOL, "Koulussa on kivaa vain välitunnilla.", HowHeard.CONVERSATION))
                .expectEvents(new ChildViewRecorded(CASE, VIEW, EMMA, SCHOOL, "Koulussa on kivaa vain välitunnilla.",
                        HowHeard.CONVERSATION, false));
    }

    @Test
    void childMayGiveViewOnNeedConcerningSomeoneElse() {
        given(History.opened().need(SLEEP, LEO))
                .when(view(SLEEP, "Leo herättää minut joka yö.", HowHeard.CONVERSATION))
                .expectEvents(new ChildViewRecorded(CASE, VIEW, EMMA, SLEEP, "Leo herättää minut joka yö.",
                        HowHeard.CONVERSATION, false));
    }

    @Test
    void recordsChildsViewOnWholePlan() {
        given(History.opened())
                .when(view(null, "A drawing of the family at the lake", HowHeard.DRAWING))
                .expectEvents(new ChildViewRecorded(CASE, VIEW, EMMA, null, "A drawing of the family at the lake",
                        HowHeard.DRAWING, false));
    }

    @Test
    void childWhoDeclinedToSayNeedsNoWords() {
        given(History.opened())
                .when(view(null, null, HowHeard.DECLINED_TO_SAY))
                .expectEvents(new ChildViewRecorded(CASE, VIEW, EMMA, null, null, HowHeard.DECLINED_TO_SAY, false));
    }

    @Test
    void childsViewNeedsContentOtherwise() {
        given(History.opened())
                .when(view(null, "", HowHeard.VIA_GUARDIAN))
                .expectException(violates(PlanRule.VIEW_REQUIRED, VIEW))
                .expectNoEvents();
    }

    @Test
    void onlyChildsViewIsRecordedAsChildsView() {
        given(History.opened())
                .when(new RecordChildView(CASE, VIEW, MOTHER, null, "Emma is fine", HowHeard.OTHER, false))
                .expectException(violates(PlanRule.NOT_A_CHILD, MOTHER))
                .expectNoEvents();
    }

    @Test
    void childsViewIsNeverOverwritten() {
        given(History.opened().then(new ChildViewRecorded(CASE, VIEW, EMMA, null, "first", HowHeard.CONVERSATION, false)))
                .when(view(null, "second", HowHeard.CONVERSATION))
                .expectException(violates(PlanRule.ID_ALREADY_USED, VIEW))
                .expectNoEvents();
    }

    @Test
    void laterViewIsAddedBesideEarlierOne() {
        UUID later = TestPlan.id("view 2");
        given(History.opened().then(new ChildViewRecorded(CASE, VIEW, EMMA, null, "first", HowHeard.CONVERSATION, false)))
                .when(new RecordChildView(CASE, later, EMMA, null, "second", HowHeard.CONVERSATION, false))
                .expectEvents(new ChildViewRecorded(CASE, later, EMMA, null, "second", HowHeard.CONVERSATION, false));
    }

    @Test
    void childsViewOnClosedNeedIsRefused() {
        given(History.opened().agreedNeed(SCHOOL, EMMA).then(new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, null)))
                .when(view(SCHOOL, "Nyt on parempi", HowHeard.CONVERSATION))
                .expectException(violates(PlanRule.NEED_CLOSED, SCHOOL))
                .expectNoEvents();
    }
}
