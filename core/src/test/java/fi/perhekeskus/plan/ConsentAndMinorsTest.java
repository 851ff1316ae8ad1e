package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.CASE;
import static fi.perhekeskus.plan.TestPlan.CONSENT;
import static fi.perhekeskus.plan.TestPlan.EAST;
import static fi.perhekeskus.plan.TestPlan.EMMA;
import static fi.perhekeskus.plan.TestPlan.EVENINGS;
import static fi.perhekeskus.plan.TestPlan.FATHER;
import static fi.perhekeskus.plan.TestPlan.GRANNY;
import static fi.perhekeskus.plan.TestPlan.INVITATION;
import static fi.perhekeskus.plan.TestPlan.LEO;
import static fi.perhekeskus.plan.TestPlan.MOTHER;
import static fi.perhekeskus.plan.TestPlan.OTHER_SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.PARENTS;
import static fi.perhekeskus.plan.TestPlan.POLICY;
import static fi.perhekeskus.plan.TestPlan.REFUSAL;
import static fi.perhekeskus.plan.TestPlan.SCHOOL;
import static fi.perhekeskus.plan.TestPlan.SECOND_CONSENT;
import static fi.perhekeskus.plan.TestPlan.SLEEP;
import static fi.perhekeskus.plan.TestPlan.SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.TODAY;
import static fi.perhekeskus.plan.TestPlan.grant;
import static fi.perhekeskus.plan.TestPlan.grantUntil;
import static fi.perhekeskus.plan.TestPlan.granted;
import static fi.perhekeskus.plan.TestPlan.invite;
import static fi.perhekeskus.plan.TestPlan.invited;
import static fi.perhekeskus.plan.TestPlan.refuse;
import static fi.perhekeskus.plan.TestPlan.refused;
import static fi.perhekeskus.plan.TestPlan.withdraw;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentExpired;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.ConsentWithdrawn;
import fi.perhekeskus.plan.api.InvitationLapseReason;
import fi.perhekeskus.plan.api.InvitationLapsed;
import fi.perhekeskus.plan.api.MembershipEndReason;
import fi.perhekeskus.plan.api.NeedClosed;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NetworkMembershipEnded;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordConsent;

class ConsentAndMinorsTest extends PlanTest {

    private static final Recipient TO_SPECIALIST = Recipient.professional(SPECIALIST);

    private static History schoolAgreed() {
        return History.opened().agreedNeed(SCHOOL, EMMA);
    }

    // Recording

    @Test
    void guardianGrantsConsentForNamedNeedsUntilDate() {
        given(schoolAgreed())
                .when(grant(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .expectEvents(granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL));
    }

    @Test
    void grantEndsWhenTheDayAfterItsLastDayBeginsInHelsinki() {
        given(schoolAgreed())
                .when(grant(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .expectScheduledDeadline(Instant.parse("2026-09-02T21:00:00Z"), new ConsentEndDue(CONSENT));
    }

    @Test
    void grantCannotEndBeforeToday() {
        given(schoolAgreed())
                .when(grantUntil(TODAY.minusDays(1), SCHOOL))
                .expectException(violates(PlanRule.CONSENT_END_IN_PAST, CONSENT))
                .expectNoEvents();
    }

    /** A consent for today's consultation only: valid through the rest of the day. */
    @Test
    void grantMayLastJustThroughToday() {
        given(schoolAgreed())
                .when(grantUntil(TODAY, SCHOOL))
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadline(POLICY.endOf(TODAY), new ConsentEndDue(CONSENT));
    }

    @Test
    void grantMayLastAsLongAsPolicyAllows() {
        given(schoolAgreed())
                .when(grantUntil(TODAY.plus(POLICY.maxValidity()), SCHOOL))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void grantCannotOutlastPolicyMaximum() {
        given(schoolAgreed())
                .when(grantUntil(TODAY.plus(POLICY.maxValidity()).plusDays(1), SCHOOL))
                .expectException(violates(PlanRule.CONSENT_TOO_LONG, CONSENT))
                .expectNoEvents();
    }

    @Test
    void grantNeedsEndDate() {
        given(schoolAgreed())
                .when(grantUntil(null, SCHOOL))
                .expectException(violates(PlanRule.CONSENT_END_DATE_REQUIRED, CONSENT))
                .expectNoEvents();
    }

    @Test
    void grantNeedsPurpose() {
        given(schoolAgreed())
                .when(new RecordConsent(CASE, CONSENT, MOTHER, ConsentDecision.GRANT, TO_SPECIALIST, Set.of(SCHOOL),
                        " ", TODAY.plusDays(30), ConsentForm.VERBAL, false))
                .expectException(violates(PlanRule.PURPOSE_REQUIRED, CONSENT))
                .expectNoEvents();
    }

    @Test
    void refusalIsRecordedAsProhibition() {
        given(schoolAgreed())
                .when(refuse(REFUSAL, EMMA, TO_SPECIALIST, SCHOOL))
                .expectEvents(refused(REFUSAL, EMMA, TO_SPECIALIST, SCHOOL))
                .expectNoScheduledDeadlines();
    }

    @Test
    void refusalTakesNoEndDate() {
        given(schoolAgreed())
                .when(new RecordConsent(CASE, REFUSAL, MOTHER, ConsentDecision.REFUSE, TO_SPECIALIST, Set.of(SCHOOL),
                        null, TODAY.plusDays(30), ConsentForm.VERBAL, false))
                .expectException(violates(PlanRule.REFUSAL_HAS_NO_END_DATE, REFUSAL))
                .expectNoEvents();
    }

    @Test
    void consentMustNameNeeds() {
        given(schoolAgreed())
                .when(grant(CONSENT, MOTHER, TO_SPECIALIST))
                .expectException(violates(PlanRule.NEEDS_REQUIRED, CONSENT))
                .expectNoEvents();
    }

    @Test
    void consentCanOnlyNameNeedsOfTheCase() {
        given(schoolAgreed())
                .when(grant(CONSENT, MOTHER, TO_SPECIALIST, SLEEP))
                .expectException(violates(PlanRule.UNKNOWN_NEED, SLEEP))
                .expectNoEvents();
    }

    @Test
    void consentCannotNameClosedNeed() {
        given(schoolAgreed().then(new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, null)))
                .when(grant(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.NEED_CLOSED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void consentIsGivenByFamilyMember() {
        given(schoolAgreed())
                .when(grant(CONSENT, SPECIALIST, TO_SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.UNKNOWN_MEMBER, SPECIALIST))
                .expectNoEvents();
    }

    @Test
    void consentIdCannotBeReused() {
        given(schoolAgreed().granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .when(grant(CONSENT, FATHER, TO_SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.ID_ALREADY_USED, CONSENT))
                .expectNoEvents();
    }

    // Who decides

    @Test
    void matureChildGrantsForTheirOwnNeed() {
        given(schoolAgreed())
                .when(grant(CONSENT, EMMA, TO_SPECIALIST, SCHOOL))
                .expectEvents(granted(CONSENT, EMMA, TO_SPECIALIST, SCHOOL));
    }

    @Test
    void childDecidesOnlyOnNeedsConcerningThem() {
        given(schoolAgreed().need(SLEEP, LEO))
                .when(grant(CONSENT, EMMA, TO_SPECIALIST, SCHOOL, SLEEP))
                .expectException(violates(PlanRule.CONSENT_GIVER_NOT_ENTITLED, SLEEP))
                .expectNoEvents();
    }

    /** Leo is 7; a child of 12 or more decides without the assessment (FamilyChangesTest). */
    @Test
    void childsDecisionUnderTwelveNeedsMaturityAssessment() {
        given(History.opened().agreedNeed(SLEEP, LEO))
                .when(new RecordConsent(CASE, CONSENT, LEO, ConsentDecision.REFUSE, TO_SPECIALIST, Set.of(SLEEP),
                        null, null, ConsentForm.VERBAL, false))
                .expectException(violates(PlanRule.CHILD_MATURITY_NOT_ASSESSED, LEO))
                .expectNoEvents();
    }

    @Test
    void otherAdultCannotDecideForChild() {
        given(schoolAgreed())
                .when(grant(CONSENT, GRANNY, TO_SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.CONSENT_GIVER_NOT_ENTITLED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void guardianCannotDecideForAnotherAdult() {
        given(History.opened().agreedNeed(PARENTS, FATHER))
                .when(grant(CONSENT, MOTHER, TO_SPECIALIST, PARENTS))
                .expectException(violates(PlanRule.CONSENT_GIVER_NOT_ENTITLED, PARENTS))
                .expectNoEvents();
    }

    // Withdrawal

    @Test
    void familyWithdrawsConsentWithImmediateEffect() {
        given(schoolAgreed().granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .when(withdraw(CONSENT, MOTHER))
                .expectEvents(new ConsentWithdrawn(CASE, CONSENT, MOTHER, null));
    }

    @Test
    void withdrawalCancelsScheduledEnd() {
        given(schoolAgreed())
                .andGivenCommands(grant(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .when(withdraw(CONSENT, MOTHER))
                .expectNoScheduledDeadlines();
    }

    @Test
    void eitherGuardianWithdrawsGuardiansGrant() {
        given(schoolAgreed().granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .when(withdraw(CONSENT, FATHER))
                .expectEvents(new ConsentWithdrawn(CASE, CONSENT, FATHER, null));
    }

    @Test
    void otherAdultCannotWithdrawGuardiansGrant() {
        given(schoolAgreed().granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .when(withdraw(CONSENT, GRANNY))
                .expectException(violates(PlanRule.WITHDRAWER_NOT_ENTITLED, CONSENT))
                .expectNoEvents();
    }

    @Test
    void onlyChildWithdrawsTheirOwnDecision() {
        given(schoolAgreed().granted(CONSENT, EMMA, TO_SPECIALIST, SCHOOL))
                .when(withdraw(CONSENT, MOTHER))
                .expectException(violates(PlanRule.WITHDRAWER_NOT_ENTITLED, CONSENT))
                .expectNoEvents();
    }

    @Test
    void onlyRefuserLiftsRefusal() {
        given(schoolAgreed().refused(REFUSAL, MOTHER, TO_SPECIALIST, SCHOOL))
                .when(withdraw(REFUSAL, FATHER))
                .expectException(violates(PlanRule.WITHDRAWER_NOT_ENTITLED, REFUSAL))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawUnknownConsent() {
        given(schoolAgreed())
                .when(withdraw(CONSENT, MOTHER))
                .expectException(violates(PlanRule.UNKNOWN_CONSENT, CONSENT))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawConsentTwice() {
        given(schoolAgreed().granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL)
                .then(new ConsentWithdrawn(CASE, CONSENT, MOTHER, null)))
                .when(withdraw(CONSENT, MOTHER))
                .expectException(violates(PlanRule.CONSENT_NOT_ACTIVE, CONSENT))
                .expectNoEvents();
    }

    @Test
    void consentPastItsEndCannotBeWithdrawnEvenBeforeItsExpiryIsRecorded() {
        given(schoolAgreed().then(TestPlan.mothersGrantEndedYesterday()))
                .when(withdraw(CONSENT, MOTHER))
                .expectException(violates(PlanRule.CONSENT_NOT_ACTIVE, CONSENT))
                .expectNoEvents();
    }

    @Test
    void withdrawalEndsMembershipLeftWithoutConsentedNeed() {
        given(History.schoolMember(SPECIALIST))
                .when(withdraw(CONSENT, MOTHER))
                .expectEvents(
                        new ConsentWithdrawn(CASE, CONSENT, MOTHER, null),
                        new NetworkMembershipEnded(CASE, SPECIALIST, MembershipEndReason.NO_CONSENTED_NEED, null));
    }

    @Test
    void withdrawalLapsesInvitationNoLongerCovered() {
        given(History.schoolSharedWith(SPECIALIST).invited(SPECIALIST, Set.of(CONSENT), SCHOOL))
                .when(withdraw(CONSENT, MOTHER))
                .expectEvents(
                        new ConsentWithdrawn(CASE, CONSENT, MOTHER, null),
                        TestPlan.lapsed(SPECIALIST, InvitationLapseReason.CONSENT_ENDED));
    }

    @Test
    void membershipStaysWhileAnotherConsentCoversTheNeed() {
        given(History.schoolMember(SPECIALIST).granted(SECOND_CONSENT, FATHER, TO_SPECIALIST, SCHOOL))
                .when(withdraw(CONSENT, MOTHER))
                .expectEvents(new ConsentWithdrawn(CASE, CONSENT, MOTHER, null));
    }

    @Test
    void membershipStaysWhileAnotherOfItsNeedsIsCovered() {
        given(schoolAgreed().agreedNeed(EVENINGS, EMMA)
                .granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL)
                .granted(SECOND_CONSENT, MOTHER, TO_SPECIALIST, EVENINGS)
                .member(SPECIALIST, Set.of(CONSENT, SECOND_CONSENT), SCHOOL, EVENINGS))
                .when(withdraw(CONSENT, MOTHER))
                .expectEvents(new ConsentWithdrawn(CASE, CONSENT, MOTHER, null));
    }

    // Minors' refusals and needs concerning several members

    @Test
    void childRefusalBlocksGuardianConsentForChildOnlyNeed() {
        given(History.schoolSharedWith(SPECIALIST).refused(REFUSAL, EMMA, TO_SPECIALIST, SCHOOL))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.CHILD_REFUSED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void childRefusalOfUnitBlocksGuardianConsentToProfessionalInIt() {
        given(History.schoolSharedWith(SPECIALIST).refused(REFUSAL, EMMA, Recipient.unit(EAST), SCHOOL))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.CHILD_REFUSED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void childRefusalOfOneProfessionalLeavesOthersOfTheUnitCovered() {
        given(schoolAgreed().granted(CONSENT, MOTHER, Recipient.unit(EAST), SCHOOL)
                .refused(REFUSAL, EMMA, Recipient.professional(OTHER_SPECIALIST), SCHOOL))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectEvents(invited(INVITATION, SPECIALIST, Set.of(CONSENT), SCHOOL));
    }

    @Test
    void refusalByOneConcernedChildBlocksNeedConcerningSeveral() {
        given(History.opened().agreedNeed(EVENINGS, EMMA, LEO)
                .granted(CONSENT, MOTHER, TO_SPECIALIST, EVENINGS)
                .refused(REFUSAL, EMMA, TO_SPECIALIST, EVENINGS))
                .when(invite(INVITATION, SPECIALIST, EVENINGS))
                .expectException(violates(PlanRule.CHILD_REFUSED, EVENINGS))
                .expectNoEvents();
    }

    @Test
    void everyConcernedAdultDecidesForThemselves() {
        given(History.opened().agreedNeed(PARENTS, MOTHER, FATHER).granted(CONSENT, MOTHER, TO_SPECIALIST, PARENTS))
                .when(invite(INVITATION, SPECIALIST, PARENTS))
                .expectException(violates(PlanRule.CONSENT_MISSING, PARENTS))
                .expectNoEvents();
    }

    @Test
    void needConcerningSeveralIsSharedOnceEachHasConsented() {
        given(History.opened().agreedNeed(PARENTS, MOTHER, FATHER)
                .granted(CONSENT, MOTHER, TO_SPECIALIST, PARENTS)
                .granted(SECOND_CONSENT, FATHER, TO_SPECIALIST, PARENTS))
                .when(invite(INVITATION, SPECIALIST, PARENTS))
                .expectEvents(invited(INVITATION, SPECIALIST, Set.of(CONSENT, SECOND_CONSENT), PARENTS));
    }

    @Test
    void guardianRefusalBlocksOtherGuardiansGrantForChild() {
        given(History.schoolSharedWith(SPECIALIST).refused(REFUSAL, FATHER, TO_SPECIALIST, SCHOOL))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.CONSENT_REFUSED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void matureChildsOwnGrantGovernsTheirData() {
        given(schoolAgreed().refused(REFUSAL, FATHER, TO_SPECIALIST, SCHOOL)
                .granted(CONSENT, EMMA, TO_SPECIALIST, SCHOOL))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectEvents(invited(INVITATION, SPECIALIST, Set.of(CONSENT), SCHOOL));
    }

    @Test
    void childRefusalRecordedLaterEndsMembership() {
        given(History.schoolMember(SPECIALIST))
                .when(refuse(REFUSAL, EMMA, TO_SPECIALIST, SCHOOL))
                .expectEvents(
                        refused(REFUSAL, EMMA, TO_SPECIALIST, SCHOOL),
                        new NetworkMembershipEnded(CASE, SPECIALIST, MembershipEndReason.NO_CONSENTED_NEED, null));
    }

    @Test
    void withdrawnChildRefusalNoLongerBlocks() {
        given(History.schoolSharedWith(SPECIALIST).refused(REFUSAL, EMMA, TO_SPECIALIST, SCHOOL)
                .then(new ConsentWithdrawn(CASE, REFUSAL, EMMA, null)))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectEvents(invited(INVITATION, SPECIALIST, Set.of(CONSENT), SCHOOL));
    }

    // Expiry through the scheduler

    @Test
    void consentExpiresThroughItsDeadline() {
        given(schoolAgreed())
                .andGivenCommands(grant(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .whenTimeAdvancesTo(TestPlan.CONSENT_ENDS_AT)
                .expectTriggeredDeadlines(new ConsentEndDue(CONSENT))
                .expectEvents(new ConsentExpired(CASE, CONSENT));
    }

    @Test
    void consentHoldsUntilItsEnd() {
        given(schoolAgreed())
                .andGivenCommands(grant(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .whenTimeAdvancesTo(TestPlan.CONSENT_ENDS_AT.minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void expiryEndsMembershipLeftWithoutConsentedNeed() {
        given(schoolAgreed())
                .andGivenCommands(grant(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL), invite(INVITATION, SPECIALIST, SCHOOL),
                        TestPlan.accept(INVITATION, SPECIALIST))
                .whenTimeAdvancesTo(TestPlan.CONSENT_ENDS_AT)
                .expectEvents(
                        new ConsentExpired(CASE, CONSENT),
                        new NetworkMembershipEnded(CASE, SPECIALIST, MembershipEndReason.NO_CONSENTED_NEED, null));
    }

    @Test
    void expiryLapsesInvitationNoLongerCovered() {
        LocalDate lastDay = TODAY.plusDays(3);
        given(schoolAgreed())
                .andGivenCommands(grantUntil(lastDay, SCHOOL), invite(INVITATION, SPECIALIST, SCHOOL))
                .whenTimeAdvancesTo(POLICY.endOf(lastDay))
                .expectEvents(
                        new ConsentExpired(CASE, CONSENT),
                        new InvitationLapsed(CASE, INVITATION, InvitationLapseReason.CONSENT_ENDED))
                .expectNoScheduledDeadlines();
    }

    @Test
    void lateExpiryAfterWithdrawalDoesNothing() {
        given(schoolAgreed())
                .andGivenCommands(grant(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .andGiven(new ConsentWithdrawn(CASE, CONSENT, MOTHER, null))
                .whenTimeAdvancesTo(TestPlan.CONSENT_ENDS_AT)
                .expectTriggeredDeadlines(new ConsentEndDue(CONSENT))
                .expectNoEvents();
    }

    @Test
    void repeatedExpiryDoesNothing() {
        given(schoolAgreed())
                .andGivenCommands(grant(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .andGiven(new ConsentExpired(CASE, CONSENT))
                .whenTimeAdvancesTo(TestPlan.CONSENT_ENDS_AT)
                .expectTriggeredDeadlines(new ConsentEndDue(CONSENT))
                .expectNoEvents();
    }

    @Test
    void consentPastItsEndCoversNothingEvenBeforeItsExpiryIsRecorded() {
        given(schoolAgreed().then(TestPlan.mothersGrantEndedYesterday()))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.CONSENT_MISSING, SCHOOL))
                .expectNoEvents();
    }
}
