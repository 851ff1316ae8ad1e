package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.ACTION;
import static fi.perhekeskus.plan.TestPlan.CASE;
import static fi.perhekeskus.plan.TestPlan.EMMA;
import static fi.perhekeskus.plan.TestPlan.FATHER;
import static fi.perhekeskus.plan.TestPlan.KEY_WORKER;
import static fi.perhekeskus.plan.TestPlan.LEO;
import static fi.perhekeskus.plan.TestPlan.MOTHER;
import static fi.perhekeskus.plan.TestPlan.SCHOOL;
import static fi.perhekeskus.plan.TestPlan.SLEEP;
import static fi.perhekeskus.plan.TestPlan.SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.FamilyMembershipEnded;
import fi.perhekeskus.plan.api.FollowUpDecision;
import fi.perhekeskus.plan.api.GoalSet;
import fi.perhekeskus.plan.api.MembershipEndReason;
import fi.perhekeskus.plan.api.NeedClosed;
import fi.perhekeskus.plan.api.NeedFollowUp;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NetworkMembershipEnded;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.RecordReview;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.ReviewParticipant;
import fi.perhekeskus.plan.api.ReviewRecorded;
import fi.perhekeskus.plan.api.SetGoal;
import fi.perhekeskus.plan.api.SupportActionPlanned;

/** Goals per need in the family's words, and reviews (seuranta) that follow up each open need. */
class GoalsAndReviewsTest extends PlanTest {

    private static final String DIFFERENT = "Emma goes to school every morning";
    private static final String NOTICE = "Mornings without shouting, no absences";
    private static final UUID REVIEW = TestPlan.id("review");
    private static final LocalDate NEXT = TODAY.plusMonths(2);
    private static final List<ReviewParticipant> PARTICIPANTS = List.of(ReviewParticipant.familyMember(MOTHER),
            ReviewParticipant.familyMember(EMMA), ReviewParticipant.professional(KEY_WORKER),
            ReviewParticipant.external("Liisa Opettaja", "Kallio school"));

    /** Emma's school need and Leo's sleep need, both agreed. */
    private static History twoNeeds() {
        return History.opened().agreedNeed(SCHOOL, EMMA).agreedNeed(SLEEP, LEO);
    }

    private static NeedFollowUp continuing(UUID needId) {
        return new NeedFollowUp(needId, "A bit better", "Fewer absences", "School is ok", FollowUpDecision.CONTINUE,
                null, null);
    }

    private static NeedFollowUp closing(UUID needId, NeedOutcome outcome) {
        return new NeedFollowUp(needId, "All good now", "Goal reached", null, FollowUpDecision.CLOSE, outcome, null);
    }

    private static RecordReview review(List<NeedFollowUp> followUps, LocalDate next) {
        return review(PARTICIPANTS, followUps, next);
    }

    private static RecordReview review(List<ReviewParticipant> participants, List<NeedFollowUp> followUps,
                                       LocalDate next) {
        return new RecordReview(CASE, REVIEW, TODAY, participants, "Things move on", followUps, next);
    }

    // Goals

    @Test
    void setsTheGoalOfANeedInTheFamilysWords() {
        given(History.opened().need(SCHOOL, EMMA))
                .when(new SetGoal(CASE, SCHOOL, DIFFERENT, NOTICE))
                .expectEvents(new GoalSet(CASE, SCHOOL, DIFFERENT, NOTICE));
    }

    @Test
    void revisesTheGoal() {
        given(History.opened().need(SCHOOL, EMMA).then(new GoalSet(CASE, SCHOOL, DIFFERENT, NOTICE)))
                .when(new SetGoal(CASE, SCHOOL, DIFFERENT, "She leaves home on time"))
                .expectEvents(new GoalSet(CASE, SCHOOL, DIFFERENT, "She leaves home on time"));
    }

    @Test
    void aGoalSaysWhatWillBeDifferent() {
        given(History.opened().need(SCHOOL, EMMA))
                .when(new SetGoal(CASE, SCHOOL, " ", NOTICE))
                .expectException(violates(PlanRule.GOAL_REQUIRED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void aGoalSaysHowWeWillNotice() {
        given(History.opened().need(SCHOOL, EMMA))
                .when(new SetGoal(CASE, SCHOOL, DIFFERENT, null))
                .expectException(violates(PlanRule.GOAL_SIGN_REQUIRED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void aClosedNeedTakesNoGoal() {
        given(History.opened().agreedNeed(SCHOOL, EMMA).then(new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, null)))
                .when(new SetGoal(CASE, SCHOOL, DIFFERENT, NOTICE))
                .expectException(violates(PlanRule.NEED_CLOSED, SCHOOL))
                .expectNoEvents();
    }

    // Reviews

    @Test
    void aReviewFollowsUpEachOpenNeedWithWhoTookPart() {
        List<NeedFollowUp> followUps = List.of(continuing(SCHOOL), new NeedFollowUp(SLEEP, "No change",
                "Still wakes up", null, FollowUpDecision.CHANGE, null, "Sleep school at the clinic"));
        given(twoNeeds())
                .when(review(followUps, NEXT))
                .expectEvents(new ReviewRecorded(CASE, REVIEW, TODAY, PARTICIPANTS, "Things move on", followUps, NEXT));
    }

    @Test
    void aReviewThatLeavesAnOpenNeedUnfollowedIsRefusedNamingTheNeed() {
        given(twoNeeds())
                .when(review(List.of(continuing(SCHOOL)), NEXT))
                .expectException(violates(PlanRule.FOLLOW_UP_MISSING, SLEEP))
                .expectNoEvents();
    }

    @Test
    void aFollowUpHasTheFamilysAndTheProfessionalsView() {
        given(twoNeeds())
                .when(review(List.of(continuing(SCHOOL), new NeedFollowUp(SLEEP, "Better", " ", null,
                        FollowUpDecision.CONTINUE, null, null)), NEXT))
                .expectException(violates(PlanRule.FOLLOW_UP_VIEWS_REQUIRED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void aDecisionToChangeSaysWhatChanges() {
        given(twoNeeds())
                .when(review(List.of(continuing(SCHOOL), new NeedFollowUp(SLEEP, "Worse", "Worse", null,
                        FollowUpDecision.CHANGE, null, null)), NEXT))
                .expectException(violates(PlanRule.CHANGE_NOT_DESCRIBED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void aDecisionToCloseClosesTheNeedWithItsOutcomeRightAfterTheReview() {
        List<NeedFollowUp> followUps = List.of(continuing(SCHOOL), closing(SLEEP, NeedOutcome.MET));
        given(twoNeeds())
                .when(review(followUps, NEXT))
                .expectEvents(new ReviewRecorded(CASE, REVIEW, TODAY, PARTICIPANTS, "Things move on", followUps, NEXT),
                        new NeedClosed(CASE, SLEEP, NeedOutcome.MET, null));
    }

    @Test
    void aDecisionToCloseGivesTheOutcome() {
        given(twoNeeds())
                .when(review(List.of(continuing(SCHOOL), closing(SLEEP, null)), NEXT))
                .expectException(violates(PlanRule.OUTCOME_REQUIRED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void onlyADecisionToCloseGivesAnOutcome() {
        given(twoNeeds())
                .when(review(List.of(continuing(SCHOOL), new NeedFollowUp(SLEEP, "Fine", "Fine", null,
                        FollowUpDecision.CONTINUE, NeedOutcome.MET, null)), NEXT))
                .expectException(violates(PlanRule.OUTCOME_WITHOUT_CLOSE, SLEEP))
                .expectNoEvents();
    }

    @Test
    void aNeedWithOpenActionsIsNotClosedByAReview() {
        given(twoNeeds().then(new SupportActionPlanned(CASE, ACTION, SLEEP, "Sleep diary",
                new Responsible(Responsible.Kind.FAMILY_MEMBER, MOTHER), TODAY.plusDays(7))))
                .when(review(List.of(continuing(SCHOOL), closing(SLEEP, NeedOutcome.MET)), NEXT))
                .expectException(violates(PlanRule.NEED_HAS_OPEN_ACTIONS, SLEEP))
                .expectNoEvents();
    }

    @Test
    void aNeedNotAgreedIsNotClosedByAReview() {
        given(History.opened().need(SCHOOL, EMMA))
                .when(review(List.of(closing(SCHOOL, NeedOutcome.NO_LONGER_RELEVANT)), null))
                .expectException(violates(PlanRule.NEED_NOT_AGREED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void aNeedIsFollowedUpOnce() {
        given(twoNeeds())
                .when(review(List.of(continuing(SCHOOL), continuing(SLEEP), continuing(SCHOOL)), NEXT))
                .expectException(violates(PlanRule.NAMED_TWICE, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void aClosedNeedIsNotFollowedUp() {
        given(twoNeeds().then(new NeedClosed(CASE, SLEEP, NeedOutcome.MET, null)))
                .when(review(List.of(continuing(SCHOOL), continuing(SLEEP)), NEXT))
                .expectException(violates(PlanRule.NEED_CLOSED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void aReviewThatLeavesNeedsOpenSetsTheNextReview() {
        given(twoNeeds())
                .when(review(List.of(continuing(SCHOOL), closing(SLEEP, NeedOutcome.MET)), null))
                .expectException(violates(PlanRule.NEXT_REVIEW_REQUIRED, REVIEW))
                .expectNoEvents();
    }

    @Test
    void aReviewThatClosesEveryNeedNeedsNoNextReview() {
        List<NeedFollowUp> followUps = List.of(closing(SCHOOL, NeedOutcome.MET), closing(SLEEP, NeedOutcome.PARTLY_MET));
        given(twoNeeds())
                .when(review(followUps, null))
                .expectEvents(new ReviewRecorded(CASE, REVIEW, TODAY, PARTICIPANTS, "Things move on", followUps, null),
                        new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, null),
                        new NeedClosed(CASE, SLEEP, NeedOutcome.PARTLY_MET, null));
    }

    @Test
    void closingANeedAtAReviewEndsTheMembershipThatHadOnlyIt() {
        List<NeedFollowUp> followUps = List.of(closing(SCHOOL, NeedOutcome.MET));
        given(History.schoolMember(SPECIALIST))
                .when(review(followUps, null))
                .expectEvents(new ReviewRecorded(CASE, REVIEW, TODAY, PARTICIPANTS, "Things move on", followUps, null),
                        new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, null),
                        new NetworkMembershipEnded(CASE, SPECIALIST, MembershipEndReason.NEED_CLOSED, null));
    }

    @Test
    void anExternalParticipantIsNamedWithTheirOrganisation() {
        given(History.opened())
                .when(review(List.of(ReviewParticipant.external("Liisa Opettaja", null)), List.of(), NEXT))
                .expectException(violates(PlanRule.PARTICIPANT_INCOMPLETE, REVIEW))
                .expectNoEvents();
    }

    @Test
    void aParticipantNamedOnlyAsWrittenIsNoLongerTaken() {
        given(History.opened())
                .when(review(List.of(new ReviewParticipant(ReviewParticipant.Kind.NAMED, null, null, "Anna", null)),
                        List.of(), NEXT))
                .expectException(violates(PlanRule.PARTICIPANT_INCOMPLETE, REVIEW))
                .expectNoEvents();
    }

    @Test
    void aFamilyMemberParticipantIsNamedByIdOnly() {
        given(History.opened())
                .when(review(List.of(new ReviewParticipant(ReviewParticipant.Kind.FAMILY_MEMBER, MOTHER, null, "Anna",
                        null)), List.of(), NEXT))
                .expectException(violates(PlanRule.PARTICIPANT_INCOMPLETE, REVIEW))
                .expectNoEvents();
    }

    @Test
    void aMemberWhoLeftTakesNoPartAnyMore() {
        given(History.opened().then(new FamilyMembershipEnded(CASE, FATHER, FamilyMembershipEndReason.MOVED_OUT, null)))
                .when(review(List.of(ReviewParticipant.familyMember(FATHER)), List.of(), NEXT))
                .expectException(violates(PlanRule.MEMBER_HAS_LEFT, FATHER))
                .expectNoEvents();
    }

    @Test
    void aParticipantIsNamedOnce() {
        given(History.opened())
                .when(review(List.of(ReviewParticipant.familyMember(MOTHER), ReviewParticipant.familyMember(MOTHER)),
                        List.of(), NEXT))
                .expectException(violates(PlanRule.NAMED_TWICE, REVIEW))
                .expectNoEvents();
    }
}
