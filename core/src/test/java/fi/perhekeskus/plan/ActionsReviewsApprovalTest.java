package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.ACTION;
import static fi.perhekeskus.plan.TestPlan.CASE;
import static fi.perhekeskus.plan.TestPlan.EMMA;
import static fi.perhekeskus.plan.TestPlan.EVENINGS;
import static fi.perhekeskus.plan.TestPlan.FATHER;
import static fi.perhekeskus.plan.TestPlan.GRANNY;
import static fi.perhekeskus.plan.TestPlan.KEY_WORKER;
import static fi.perhekeskus.plan.TestPlan.LEO;
import static fi.perhekeskus.plan.TestPlan.MOTHER;
import static fi.perhekeskus.plan.TestPlan.NEXT_KEY_WORKER;
import static fi.perhekeskus.plan.TestPlan.OTHER_SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.SCHOOL;
import static fi.perhekeskus.plan.TestPlan.SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.ApprovePlan;
import fi.perhekeskus.plan.api.CancelSupportAction;
import fi.perhekeskus.plan.api.CompleteSupportAction;
import fi.perhekeskus.plan.api.NetworkMemberLeft;
import fi.perhekeskus.plan.api.PlanApproved;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.PlanSupportAction;
import fi.perhekeskus.plan.api.RecordReview;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.ReviewParticipant;
import fi.perhekeskus.plan.api.ReviewRecorded;
import fi.perhekeskus.plan.api.SupportActionCancelled;
import fi.perhekeskus.plan.api.SupportActionCompleted;
import fi.perhekeskus.plan.api.SupportActionPlanned;

class ActionsReviewsApprovalTest extends PlanTest {

    private static final String MEET_TEACHER = "Meet Emma's teacher together";
    private static final LocalDate DUE = TODAY.plusDays(7);
    private static final UUID REVIEW = TestPlan.id("review 1");
    private static final List<ReviewParticipant> PARTICIPANTS = List.of(ReviewParticipant.familyMember(MOTHER),
            ReviewParticipant.familyMember(EMMA), ReviewParticipant.professional(KEY_WORKER));

    private static Responsible responsible(Responsible.Kind kind, UUID id) {
        return new Responsible(kind, id);
    }

    private static PlanSupportAction planFor(Responsible responsible) {
        return new PlanSupportAction(CASE, ACTION, SCHOOL, MEET_TEACHER, responsible, DUE);
    }

    /** The specialist is a member for Emma's school need and responsible for an action on it. */
    private static History specialistsAction() {
        return History.schoolMember(SPECIALIST).then(new SupportActionPlanned(CASE, ACTION, SCHOOL, MEET_TEACHER,
                responsible(Responsible.Kind.NETWORK_MEMBER, SPECIALIST), DUE));
    }

    private static RecordReview review(LocalDate heldOn, List<ReviewParticipant> participants, String summary,
                                       LocalDate next) {
        return new RecordReview(CASE, REVIEW, heldOn, participants, summary, List.of(), next);
    }

    private static History approvedPlan() {
        History plan = History.opened().agreedNeed(SCHOOL, EMMA);
        return plan.then(new PlanApproved(CASE, MOTHER, plan.version()));
    }

    // Support actions

    @Test
    void plansActionForAgreedNeedCarriedOutByFamilyMember() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(planFor(responsible(Responsible.Kind.FAMILY_MEMBER, MOTHER)))
                .expectEvents(new SupportActionPlanned(CASE, ACTION, SCHOOL, MEET_TEACHER,
                        responsible(Responsible.Kind.FAMILY_MEMBER, MOTHER), DUE));
    }

    @Test
    void cannotPlanActionForNeedNotAgreed() {
        given(History.opened().need(SCHOOL, EMMA))
                .when(planFor(responsible(Responsible.Kind.FAMILY_MEMBER, MOTHER)))
                .expectException(violates(PlanRule.NEED_NOT_AGREED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void responsibleFamilyMemberBelongsToFamily() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(planFor(responsible(Responsible.Kind.FAMILY_MEMBER, SPECIALIST)))
                .expectException(violates(PlanRule.UNKNOWN_MEMBER, SPECIALIST))
                .expectNoEvents();
    }

    @Test
    void keyWorkerMayBeResponsible() {
        Responsible keyWorker = responsible(Responsible.Kind.KEY_WORKER, KEY_WORKER);
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(planFor(keyWorker))
                .expectEvents(new SupportActionPlanned(CASE, ACTION, SCHOOL, MEET_TEACHER, keyWorker, DUE));
    }

    @Test
    void responsibleKeyWorkerIsTheCurrentOne() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(planFor(responsible(Responsible.Kind.KEY_WORKER, NEXT_KEY_WORKER)))
                .expectException(violates(PlanRule.NOT_KEY_WORKER, NEXT_KEY_WORKER))
                .expectNoEvents();
    }

    @Test
    void networkMemberMayBeResponsibleForNeedSharedWithThem() {
        Responsible member = responsible(Responsible.Kind.NETWORK_MEMBER, SPECIALIST);
        given(History.schoolMember(SPECIALIST))
                .when(planFor(member))
                .expectEvents(new SupportActionPlanned(CASE, ACTION, SCHOOL, MEET_TEACHER, member, DUE));
    }

    @Test
    void responsibleNetworkMemberMustBeMember() {
        given(History.schoolMember(SPECIALIST))
                .when(planFor(responsible(Responsible.Kind.NETWORK_MEMBER, OTHER_SPECIALIST)))
                .expectException(violates(PlanRule.NOT_A_MEMBER, OTHER_SPECIALIST))
                .expectNoEvents();
    }

    @Test
    void networkMemberIsNotResponsibleForNeedHiddenFromThem() {
        given(History.schoolMember(SPECIALIST).agreedNeed(EVENINGS, EMMA))
                .when(new PlanSupportAction(CASE, ACTION, EVENINGS, MEET_TEACHER,
                        responsible(Responsible.Kind.NETWORK_MEMBER, SPECIALIST), DUE))
                .expectException(violates(PlanRule.NEED_NOT_SHARED_WITH_MEMBER, EVENINGS))
                .expectNoEvents();
    }

    @Test
    void actionNeedsDescription() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(new PlanSupportAction(CASE, ACTION, SCHOOL, "",
                        responsible(Responsible.Kind.KEY_WORKER, KEY_WORKER), DUE))
                .expectException(violates(PlanRule.DESCRIPTION_REQUIRED, ACTION))
                .expectNoEvents();
    }

    @Test
    void actionCannotBeDueBeforeToday() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(new PlanSupportAction(CASE, ACTION, SCHOOL, MEET_TEACHER,
                        responsible(Responsible.Kind.KEY_WORKER, KEY_WORKER), TODAY.minusDays(1)))
                .expectException(violates(PlanRule.DUE_DATE_IN_PAST, ACTION))
                .expectNoEvents();
    }

    @Test
    void keyWorkerCompletesAnyAction() {
        given(specialistsAction())
                .when(new CompleteSupportAction(CASE, ACTION, KEY_WORKER, "Done in the review meeting"))
                .expectEvents(new SupportActionCompleted(CASE, ACTION, "Done in the review meeting"));
    }

    @Test
    void responsibleNetworkMemberCompletesTheirAction() {
        given(specialistsAction())
                .when(new CompleteSupportAction(CASE, ACTION, SPECIALIST, null))
                .expectEvents(new SupportActionCompleted(CASE, ACTION, null));
    }

    @Test
    void otherProfessionalCannotCompleteAction() {
        given(specialistsAction())
                .when(new CompleteSupportAction(CASE, ACTION, OTHER_SPECIALIST, null))
                .expectException(violates(PlanRule.NOT_RESPONSIBLE, ACTION))
                .expectNoEvents();
    }

    @Test
    void formerMemberCannotCompleteTheirAction() {
        given(specialistsAction().then(new NetworkMemberLeft(CASE, SPECIALIST, null)))
                .when(new CompleteSupportAction(CASE, ACTION, SPECIALIST, null))
                .expectException(violates(PlanRule.NOT_RESPONSIBLE, ACTION))
                .expectNoEvents();
    }

    @Test
    void cancelsOpenActionWithReason() {
        given(specialistsAction())
                .when(new CancelSupportAction(CASE, ACTION, "The teacher is on leave"))
                .expectEvents(new SupportActionCancelled(CASE, ACTION, "The teacher is on leave"));
    }

    @Test
    void cancellationNeedsReason() {
        given(specialistsAction())
                .when(new CancelSupportAction(CASE, ACTION, " "))
                .expectException(violates(PlanRule.REASON_REQUIRED, ACTION))
                .expectNoEvents();
    }

    @Test
    void cancelledActionCannotBeCompleted() {
        given(specialistsAction().then(new SupportActionCancelled(CASE, ACTION, "on leave")))
                .when(new CompleteSupportAction(CASE, ACTION, KEY_WORKER, null))
                .expectException(violates(PlanRule.ACTION_NOT_OPEN, ACTION))
                .expectNoEvents();
    }

    @Test
    void completedActionCannotBeCancelled() {
        given(specialistsAction().then(new SupportActionCompleted(CASE, ACTION, null)))
                .when(new CancelSupportAction(CASE, ACTION, "too late"))
                .expectException(violates(PlanRule.ACTION_NOT_OPEN, ACTION))
                .expectNoEvents();
    }

    @Test
    void cannotCompleteUnknownAction() {
        given(History.schoolMember(SPECIALIST))
                .when(new CompleteSupportAction(CASE, ACTION, KEY_WORKER, null))
                .expectException(violates(PlanRule.UNKNOWN_ACTION, ACTION))
                .expectNoEvents();
    }

    // Reviews

    @Test
    void recordsReview() {
        given(History.opened())
                .when(review(TODAY, PARTICIPANTS, "Mornings are easier", TODAY.plusMonths(3)))
                .expectEvents(new ReviewRecorded(CASE, REVIEW, TODAY, PARTICIPANTS, "Mornings are easier",
                        List.of(), TODAY.plusMonths(3)));
    }

    @Test
    void reviewCannotBeDatedInFuture() {
        given(History.opened())
                .when(review(TODAY.plusDays(1), PARTICIPANTS, "Mornings are easier", TODAY.plusMonths(3)))
                .expectException(violates(PlanRule.REVIEW_DATE_IN_FUTURE, REVIEW))
                .expectNoEvents();
    }

    @Test
    void reviewNamesWhoTookPart() {
        given(History.opened())
                .when(review(TODAY, List.of(), "Mornings are easier", TODAY.plusMonths(3)))
                .expectException(violates(PlanRule.PARTICIPANTS_REQUIRED, REVIEW))
                .expectNoEvents();
    }

    @Test
    void externalParticipantIsNamedWithOrganisation() {
        given(History.opened())
                .when(review(TODAY, List.of(ReviewParticipant.familyMember(MOTHER),
                        ReviewParticipant.external("Liisa Opettaja", " ")), "Mornings are easier", TODAY.plusMonths(3)))
                .expectException(violates(PlanRule.PARTICIPANT_INCOMPLETE, REVIEW))
                .expectNoEvents();
    }

    @Test
    void reviewNeedsSummary() {
        given(History.opened())
                .when(review(TODAY, PARTICIPANTS, null, TODAY.plusMonths(3)))
                .expectException(violates(PlanRule.SUMMARY_REQUIRED, REVIEW))
                .expectNoEvents();
    }

    @Test
    void nextReviewComesAfterReview() {
        given(History.opened())
                .when(review(TODAY.minusDays(3), PARTICIPANTS, "Mornings are easier", TODAY.minusDays(3)))
                .expectException(violates(PlanRule.NEXT_REVIEW_NOT_AFTER_REVIEW, REVIEW))
                .expectNoEvents();
    }

    // Approval

    @Test
    void guardianApprovesVersionTheFamilySaw() {
        History plan = History.opened().agreedNeed(SCHOOL, EMMA);
        given(plan)
                .when(new ApprovePlan(CASE, FATHER, plan.version()))
                .expectEvents(new PlanApproved(CASE, FATHER, plan.version()));
    }

    @Test
    void approvalOfOlderVersionIsRefused() {
        History plan = History.opened().agreedNeed(SCHOOL, EMMA);
        given(plan)
                .when(new ApprovePlan(CASE, MOTHER, plan.version() - 1))
                .expectException(violates(PlanRule.STALE_PLAN_VERSION, plan.version() - 1))
                .expectNoEvents();
    }

    @Test
    void childOfTwelveOrOverMayApprove() {
        History plan = History.opened();
        given(plan)
                .when(new ApprovePlan(CASE, EMMA, plan.version()))
                .expectEvents(new PlanApproved(CASE, EMMA, plan.version()));
    }

    @Test
    void youngerChildCannotApprove() {
        given(History.opened())
                .when(new ApprovePlan(CASE, LEO, 0))
                .expectException(violates(PlanRule.APPROVER_NOT_ENTITLED, LEO))
                .expectNoEvents();
    }

    @Test
    void otherAdultCannotApprove() {
        given(History.opened())
                .when(new ApprovePlan(CASE, GRANNY, 0))
                .expectException(violates(PlanRule.APPROVER_NOT_ENTITLED, GRANNY))
                .expectNoEvents();
    }
}
