package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.ACTION;
import static fi.perhekeskus.plan.TestPlan.CASE;
import static fi.perhekeskus.plan.TestPlan.CONSENT;
import static fi.perhekeskus.plan.TestPlan.EMMA;
import static fi.perhekeskus.plan.TestPlan.EVENINGS;
import static fi.perhekeskus.plan.TestPlan.FATHER;
import static fi.perhekeskus.plan.TestPlan.GRANNY;
import static fi.perhekeskus.plan.TestPlan.INVITATION;
import static fi.perhekeskus.plan.TestPlan.LEO;
import static fi.perhekeskus.plan.TestPlan.MOTHER;
import static fi.perhekeskus.plan.TestPlan.REFUSAL;
import static fi.perhekeskus.plan.TestPlan.SCHOOL;
import static fi.perhekeskus.plan.TestPlan.SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.TODAY;
import static fi.perhekeskus.plan.TestPlan.invite;
import static fi.perhekeskus.plan.TestPlan.invited;
import static fi.perhekeskus.plan.TestPlan.withdraw;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.AddFamilyMember;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ApprovePlan;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.ConsentRefused;
import fi.perhekeskus.plan.api.ConsentWithdrawn;
import fi.perhekeskus.plan.api.CorrectFamilyMember;
import fi.perhekeskus.plan.api.EndFamilyMembership;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.FamilyMemberAdded;
import fi.perhekeskus.plan.api.FamilyMemberCorrected;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.FamilyMembershipEnded;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedRecorded;
import fi.perhekeskus.plan.api.PlanApproved;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.PlanSupportAction;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordChildView;
import fi.perhekeskus.plan.api.RecordConsent;
import fi.perhekeskus.plan.api.RecordNeed;
import fi.perhekeskus.plan.api.RecordNeedAgreement;
import fi.perhekeskus.plan.api.Responsible;

/**
 * A family that changes: members join (a baby is born, a step-parent moves in), leave (a young
 * person moves out or turns 18, a parent after a separation), and are corrected; a child who turns
 * 12 decides about their own data from that day.
 */
class FamilyChangesTest extends PlanTest {

    private static final UUID BABY = TestPlan.id("baby");
    private static final UUID STEPFATHER = TestPlan.id("stepfather");
    private static final UUID AADA = TestPlan.id("aada, turns 12 today");
    private static final UUID OLLI = TestPlan.id("olli, turns 18 today");
    private static final Recipient TO_SPECIALIST = Recipient.professional(SPECIALIST);
    private static final String NEW_NEED = "Vauvan unet";

    private static FamilyMember baby() {
        return new FamilyMember(BABY, MemberRole.CHILD, "Vauva", TODAY.minusDays(3));
    }

    private static History withChild(UUID childId, String name, LocalDate birthDate) {
        return History.opened().then(new FamilyMemberAdded(CASE, new FamilyMember(childId, MemberRole.CHILD, name,
                birthDate)));
    }

    private static History fatherMovedOut() {
        return History.opened().then(new FamilyMembershipEnded(CASE, FATHER, FamilyMembershipEndReason.MOVED_OUT,
                null));
    }

    private static EndFamilyMembership leaves(UUID memberId, FamilyMembershipEndReason reason) {
        return new EndFamilyMembership(CASE, memberId, reason, null);
    }

    private static RecordConsent ownRefusal(UUID childId, boolean assessed, UUID needId) {
        return new RecordConsent(CASE, REFUSAL, childId, ConsentDecision.REFUSE, TO_SPECIALIST, Set.of(needId), null,
                null, ConsentForm.VERBAL, assessed);
    }

    // Joining

    @Test
    void aBabyBornIsAddedToTheFamily() {
        given(History.opened())
                .when(new AddFamilyMember(CASE, baby()))
                .expectEvents(new FamilyMemberAdded(CASE, baby()));
    }

    @Test
    void aStepParentMovesInAsAnotherAdult() {
        var stepfather = new FamilyMember(STEPFATHER, MemberRole.OTHER_ADULT, "Janne", null);
        given(History.opened())
                .when(new AddFamilyMember(CASE, stepfather))
                .expectEvents(new FamilyMemberAdded(CASE, stepfather));
    }

    @Test
    void aMemberWhoJoinedIsNamedLikeAnyOther() {
        given(History.opened().then(new FamilyMemberAdded(CASE, baby())))
                .when(new RecordNeed(CASE, EVENINGS, NEW_NEED, null, Set.of(BABY, MOTHER),
                        NeedRaiser.familyMember(MOTHER)))
                .expectEvents(new NeedRecorded(CASE, EVENINGS, NEW_NEED, null, Set.of(BABY, MOTHER),
                        NeedRaiser.familyMember(MOTHER)));
    }

    @Test
    void aMemberJoiningKeepsTheRulesOfAMemberRecordedAtTheOpening() {
        given(History.opened())
                .when(new AddFamilyMember(CASE, new FamilyMember(BABY, MemberRole.CHILD, "Vauva", null)))
                .expectException(violates(PlanRule.CHILD_BIRTH_DATE_MISSING, BABY))
                .expectNoEvents();
        given(History.opened())
                .when(new AddFamilyMember(CASE, new FamilyMember(BABY, MemberRole.CHILD, "Vauva", TODAY.plusDays(1))))
                .expectException(violates(PlanRule.BIRTH_DATE_IN_FUTURE, BABY))
                .expectNoEvents();
        given(History.opened())
                .when(new AddFamilyMember(CASE, new FamilyMember(BABY, MemberRole.CHILD, " ", TODAY)))
                .expectException(violates(PlanRule.DISPLAY_NAME_REQUIRED, BABY))
                .expectNoEvents();
    }

    @Test
    void aMembersIdIsNewToTheCase() {
        given(History.opened())
                .when(new AddFamilyMember(CASE, new FamilyMember(LEO, MemberRole.CHILD, "Leo", TODAY)))
                .expectException(violates(PlanRule.ID_ALREADY_USED, LEO))
                .expectNoEvents();
        given(History.opened().need(SCHOOL, EMMA))
                .when(new AddFamilyMember(CASE, new FamilyMember(SCHOOL, MemberRole.CHILD, "Vauva", TODAY)))
                .expectException(violates(PlanRule.ID_ALREADY_USED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void aGuardianIsOfAge() {
        given(History.opened())
                .when(new AddFamilyMember(CASE, new FamilyMember(STEPFATHER, MemberRole.GUARDIAN, "Janne",
                        TODAY.minusYears(18).plusDays(1))))
                .expectException(violates(PlanRule.GUARDIAN_UNDER_AGE, STEPFATHER))
                .expectNoEvents();
    }

    // Leaving

    @Test
    void aParentMovesOut() {
        given(History.opened())
                .when(leaves(FATHER, FamilyMembershipEndReason.MOVED_OUT))
                .expectEvents(new FamilyMembershipEnded(CASE, FATHER, FamilyMembershipEndReason.MOVED_OUT, null));
    }

    @Test
    void aChildWhoTurned18LeavesAsComeOfAge() {
        given(withChild(OLLI, "Olli", TODAY.minusYears(18)))
                .when(leaves(OLLI, FamilyMembershipEndReason.CAME_OF_AGE))
                .expectEvents(new FamilyMembershipEnded(CASE, OLLI, FamilyMembershipEndReason.CAME_OF_AGE, null));
    }

    @Test
    void aChildUnder18DoesNotLeaveAsComeOfAge() {
        given(withChild(OLLI, "Olli", TODAY.minusYears(18).plusDays(1)))
                .when(leaves(OLLI, FamilyMembershipEndReason.CAME_OF_AGE))
                .expectException(violates(PlanRule.NOT_OF_AGE, OLLI))
                .expectNoEvents();
    }

    @Test
    void onlyAChildComesOfAge() {
        given(History.opened())
                .when(leaves(GRANNY, FamilyMembershipEndReason.CAME_OF_AGE))
                .expectException(violates(PlanRule.NOT_A_CHILD, GRANNY))
                .expectNoEvents();
    }

    @Test
    void theLastChildDoesNotLeaveAnOpenCase() {
        given(History.opened().then(new FamilyMembershipEnded(CASE, EMMA, FamilyMembershipEndReason.MOVED_OUT, null)))
                .when(leaves(LEO, FamilyMembershipEndReason.MOVED_OUT))
                .expectException(violates(PlanRule.FAMILY_WITHOUT_CHILD, CASE))
                .expectNoEvents();
    }

    @Test
    void anotherReasonIsSaidInTheNote() {
        given(History.opened())
                .when(leaves(GRANNY, FamilyMembershipEndReason.OTHER))
                .expectException(violates(PlanRule.REASON_REQUIRED, GRANNY))
                .expectNoEvents();
        given(History.opened())
                .when(new EndFamilyMembership(CASE, GRANNY, FamilyMembershipEndReason.OTHER, "Muutti hoivakotiin"))
                .expectEvents(new FamilyMembershipEnded(CASE, GRANNY, FamilyMembershipEndReason.OTHER,
                        "Muutti hoivakotiin"));
    }

    @Test
    void aMemberLeavesOnce() {
        given(fatherMovedOut())
                .when(leaves(FATHER, FamilyMembershipEndReason.CUSTODY_ENDED))
                .expectException(violates(PlanRule.MEMBER_HAS_LEFT, FATHER))
                .expectNoEvents();
    }

    @Test
    void aMemberWhoLeftIsNotNamedInANewNeed() {
        given(fatherMovedOut())
                .when(new RecordNeed(CASE, EVENINGS, NEW_NEED, null, Set.of(FATHER, LEO), NeedRaiser.keyWorker()))
                .expectException(violates(PlanRule.MEMBER_HAS_LEFT, FATHER))
                .expectNoEvents();
        given(fatherMovedOut())
                .when(new RecordNeed(CASE, EVENINGS, NEW_NEED, null, Set.of(LEO), NeedRaiser.familyMember(FATHER)))
                .expectException(violates(PlanRule.MEMBER_HAS_LEFT, FATHER))
                .expectNoEvents();
    }

    @Test
    void aMemberWhoLeftNoLongerAnswersConsentsOrApproves() {
        History needAgreedThenFatherLeft = History.opened().agreedNeed(SCHOOL, EMMA)
                .then(new FamilyMembershipEnded(CASE, FATHER, FamilyMembershipEndReason.MOVED_OUT, null));
        given(needAgreedThenFatherLeft)
                .when(new RecordNeedAgreement(CASE, SCHOOL, FATHER, AgreementDecision.DISAGREED, AgreementChannel.PHONE,
                        TestPlan.NOW, null))
                .expectException(violates(PlanRule.MEMBER_HAS_LEFT, FATHER))
                .expectNoEvents();
        given(needAgreedThenFatherLeft)
                .when(TestPlan.grant(CONSENT, FATHER, TO_SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.MEMBER_HAS_LEFT, FATHER))
                .expectNoEvents();
        given(needAgreedThenFatherLeft)
                .when(new ApprovePlan(CASE, FATHER, needAgreedThenFatherLeft.version()))
                .expectException(violates(PlanRule.MEMBER_HAS_LEFT, FATHER))
                .expectNoEvents();
        given(needAgreedThenFatherLeft)
                .when(new PlanSupportAction(CASE, ACTION, SCHOOL, "Isä hakee koulusta",
                        new Responsible(Responsible.Kind.FAMILY_MEMBER, FATHER), TODAY.plusDays(7)))
                .expectException(violates(PlanRule.MEMBER_HAS_LEFT, FATHER))
                .expectNoEvents();
    }

    @Test
    void aChildWhoLeftIsNotHeardInThisPlanAnyMore() {
        given(History.opened().then(new FamilyMembershipEnded(CASE, EMMA, FamilyMembershipEndReason.MOVED_OUT, null)))
                .when(new RecordChildView(CASE, TestPlan.id("view"), EMMA, null, "Asun nyt isällä", HowHeard.CONVERSATION,
                        false))
                .expectException(violates(PlanRule.MEMBER_HAS_LEFT, EMMA))
                .expectNoEvents();
    }

    /** A refusal does not lapse because its giver moved: the data it protects is still in the needs. */
    @Test
    void aRefusalOfAMemberWhoLeftStaysOnRecordAndStillBlocks() {
        History refusedThenLeft = History.opened().agreedNeed(SCHOOL, EMMA)
                .granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL)
                .refused(REFUSAL, FATHER, TO_SPECIALIST, SCHOOL)
                .then(new FamilyMembershipEnded(CASE, FATHER, FamilyMembershipEndReason.MOVED_OUT, null));
        given(refusedThenLeft)
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.CONSENT_REFUSED, SCHOOL))
                .expectNoEvents();
    }

    /** Leaving ends nothing of what the member decided: the network stays as their consent made it. */
    @Test
    void aConsentOfAMemberWhoLeftStaysOnRecordAndStillCovers() {
        History grantedThenLeft = History.opened().agreedNeed(SCHOOL, EMMA)
                .granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL)
                .then(new FamilyMembershipEnded(CASE, MOTHER, FamilyMembershipEndReason.CUSTODY_ENDED, null));
        given(grantedThenLeft)
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectSuccessfulHandlerExecution()
                .expectEvents(invited(INVITATION, SPECIALIST, Set.of(CONSENT), SCHOOL));
        given(History.schoolMember(SPECIALIST))
                .when(leaves(MOTHER, FamilyMembershipEndReason.MOVED_OUT))
                .expectEvents(new FamilyMembershipEnded(CASE, MOTHER, FamilyMembershipEndReason.MOVED_OUT, null));
    }

    @Test
    void aMemberWhoLeftMayStillWithdrawTheirOwnDecision() {
        given(History.opened().agreedNeed(SCHOOL, EMMA)
                .granted(CONSENT, FATHER, TO_SPECIALIST, SCHOOL)
                .then(new FamilyMembershipEnded(CASE, FATHER, FamilyMembershipEndReason.MOVED_OUT, null)))
                .when(withdraw(CONSENT, FATHER))
                .expectEvents(new ConsentWithdrawn(CASE, CONSENT, FATHER, null));
    }

    // Corrections

    @Test
    void aNameIsCorrected() {
        given(History.opened())
                .when(new CorrectFamilyMember(CASE, MOTHER, "Anna-Liisa", null, "Väestötietojärjestelmän mukaan"))
                .expectEvents(new FamilyMemberCorrected(CASE, MOTHER, "Anna-Liisa", null,
                        "Väestötietojärjestelmän mukaan"));
    }

    @Test
    void aCorrectionChangesSomething() {
        given(History.opened())
                .when(new CorrectFamilyMember(CASE, LEO, "Leo", LocalDate.of(2018, 9, 10), null))
                .expectException(violates(PlanRule.CORRECTION_CHANGES_NOTHING, LEO))
                .expectNoEvents();
    }

    @Test
    void aCorrectionKeepsTheRulesOfARecordedMember() {
        given(History.opened())
                .when(new CorrectFamilyMember(CASE, LEO, "Leo", null, null))
                .expectException(violates(PlanRule.CHILD_BIRTH_DATE_MISSING, LEO))
                .expectNoEvents();
        given(History.opened())
                .when(new CorrectFamilyMember(CASE, LEO, "Leo", TODAY.plusDays(1), null))
                .expectException(violates(PlanRule.BIRTH_DATE_IN_FUTURE, LEO))
                .expectNoEvents();
        given(History.opened())
                .when(new CorrectFamilyMember(CASE, LEO, "", LocalDate.of(2018, 9, 10), null))
                .expectException(violates(PlanRule.DISPLAY_NAME_REQUIRED, LEO))
                .expectNoEvents();
        given(History.opened())
                .when(new CorrectFamilyMember(CASE, TestPlan.id("nobody"), "Leo", TODAY, null))
                .expectException(violates(PlanRule.UNKNOWN_MEMBER, TestPlan.id("nobody")))
                .expectNoEvents();
    }

    /** A member's place in the family is not corrected, and no correction makes a guardian a minor. */
    @Test
    void aCorrectionCannotMakeAGuardianAChild() {
        given(History.opened())
                .when(new CorrectFamilyMember(CASE, FATHER, "Mikko", TODAY.minusYears(15), null))
                .expectException(violates(PlanRule.GUARDIAN_UNDER_AGE, FATHER))
                .expectNoEvents();
    }

    @Test
    void aMemberWhoLeftIsCorrectedToo() {
        given(fatherMovedOut())
                .when(new CorrectFamilyMember(CASE, FATHER, "Mikael", LocalDate.of(1984, 2, 11), null))
                .expectEvents(new FamilyMemberCorrected(CASE, FATHER, "Mikael", LocalDate.of(1984, 2, 11), null));
    }

    // Twelve

    @Test
    void aChildTurning12DecidesAboutTheirOwnDataFromThatDay() {
        given(withChild(AADA, "Aada", TODAY.minusYears(12)).agreedNeed(SCHOOL, AADA))
                .when(ownRefusal(AADA, false, SCHOOL))
                .expectEvents(new ConsentRefused(CASE, REFUSAL, AADA, TO_SPECIALIST, Set.of(SCHOOL), null,
                        ConsentForm.VERBAL, false));
    }

    @Test
    void theDayBeforeTurning12TheChildDecidesOnlyOnceAssessed() {
        given(withChild(AADA, "Aada", TODAY.minusYears(12).plusDays(1)).agreedNeed(SCHOOL, AADA))
                .when(ownRefusal(AADA, false, SCHOOL))
                .expectException(violates(PlanRule.CHILD_MATURITY_NOT_ASSESSED, AADA))
                .expectNoEvents();
        given(withChild(AADA, "Aada", TODAY.minusYears(12).plusDays(1)).agreedNeed(SCHOOL, AADA))
                .when(ownRefusal(AADA, true, SCHOOL))
                .expectEvents(new ConsentRefused(CASE, REFUSAL, AADA, TO_SPECIALIST, Set.of(SCHOOL), null,
                        ConsentForm.VERBAL, true));
    }

    /** A child's refusal beats a guardian's consent from the day they decide on their own. */
    @Test
    void aChildWhoTurned12RefusesAndTheGuardiansConsentNoLongerShares() {
        given(withChild(AADA, "Aada", TODAY.minusYears(12)).agreedNeed(SCHOOL, AADA)
                .granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL)
                .then(new ConsentRefused(CASE, REFUSAL, AADA, TO_SPECIALIST, Set.of(SCHOOL), null, ConsentForm.VERBAL,
                        false)))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.CHILD_REFUSED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void aCorrectedBirthDateCountsFromTheCorrection() {
        History elevenThenCorrected = withChild(AADA, "Aada", TODAY.minusYears(11)).agreedNeed(SCHOOL, AADA)
                .then(new FamilyMemberCorrected(CASE, AADA, "Aada", TODAY.minusYears(12), null));
        given(elevenThenCorrected)
                .when(ownRefusal(AADA, false, SCHOOL))
                .expectSuccessfulHandlerExecution();
        given(elevenThenCorrected)
                .when(new ApprovePlan(CASE, AADA, elevenThenCorrected.version()))
                .expectEvents(new PlanApproved(CASE, AADA, elevenThenCorrected.version()));
        History thirteenCorrectedToEleven = History.opened()
                .then(new FamilyMemberCorrected(CASE, EMMA, "Emma", TODAY.minusYears(11), null));
        given(thirteenCorrectedToEleven)
                .when(new ApprovePlan(CASE, EMMA, thirteenCorrectedToEleven.version()))
                .expectException(violates(PlanRule.APPROVER_NOT_ENTITLED, EMMA))
                .expectNoEvents();
    }
}
