package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.CASE;
import static fi.perhekeskus.plan.TestPlan.CONSENT;
import static fi.perhekeskus.plan.TestPlan.EMMA;
import static fi.perhekeskus.plan.TestPlan.EVENINGS;
import static fi.perhekeskus.plan.TestPlan.FATHER;
import static fi.perhekeskus.plan.TestPlan.GRANNY;
import static fi.perhekeskus.plan.TestPlan.LEO;
import static fi.perhekeskus.plan.TestPlan.MOTHER;
import static fi.perhekeskus.plan.TestPlan.PARENTS;
import static fi.perhekeskus.plan.TestPlan.REFUSAL;
import static fi.perhekeskus.plan.TestPlan.SCHOOL;
import static fi.perhekeskus.plan.TestPlan.SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.grant;
import static fi.perhekeskus.plan.TestPlan.granted;
import static fi.perhekeskus.plan.TestPlan.refuse;
import static fi.perhekeskus.plan.TestPlan.withdraw;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.CaseClosed;
import fi.perhekeskus.plan.api.ChildViewRecorded;
import fi.perhekeskus.plan.api.ChildViewWithheld;
import fi.perhekeskus.plan.api.ConsentWithdrawn;
import fi.perhekeskus.plan.api.ContactDetails;
import fi.perhekeskus.plan.api.ContactDetailsRecorded;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.FamilyMembershipEnded;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.NeedClosed;
import fi.perhekeskus.plan.api.NeedConfidentialityRecorded;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NonDisclosureRecorded;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordContactDetails;
import fi.perhekeskus.plan.api.RecordNeedConfidentiality;
import fi.perhekeskus.plan.api.RecordNonDisclosure;
import fi.perhekeskus.plan.api.WithholdChildView;

/**
 * Separated parents and safety: an adult's own need (one that concerns that adult alone) is shared
 * only by that adult's decision and may be kept from the rest of the family; a child's view may be
 * withheld from named guardians; a member with a non-disclosure marking (turvakielto) has contact
 * details that the other members never see. What the other members are shown is held by the views'
 * tests (CaseViewForMemberTest); here are the rules of the plan.
 */
class SeparatedParentsTest extends PlanTest {

    private static final UUID MOTHERS_OWN = TestPlan.id("need: I am exhausted and afraid");
    private static final Recipient TO_SPECIALIST = Recipient.professional(SPECIALIST);
    private static final UUID VIEW = TestPlan.id("emma's view");
    private static final ContactDetails MOTHERS_CONTACT = new ContactDetails("040 123 4567", "anna@example.org",
            "Turvakoti, Kotikatu 1, Helsinki");

    private static History mothersOwnNeed() {
        return History.opened().agreedNeed(MOTHERS_OWN, MOTHER);
    }

    private static History emmaSpoke() {
        return History.opened().then(new ChildViewRecorded(CASE, VIEW, EMMA, null, "En halua tavata isää",
                HowHeard.CONVERSATION, true));
    }

    private static RecordNeedConfidentiality keep(UUID needId, UUID decidedBy) {
        return new RecordNeedConfidentiality(CASE, needId, decidedBy, true, null);
    }

    // An adult's own need: consent, refusal and withdrawal

    @Test
    void aGuardianCannotWithdrawTheOtherGuardiansConsentForTheLattersOwnNeed() {
        given(mothersOwnNeed().granted(CONSENT, MOTHER, TO_SPECIALIST, MOTHERS_OWN))
                .when(withdraw(CONSENT, FATHER))
                .expectException(violates(PlanRule.OWN_NEED_OF_ANOTHER, MOTHERS_OWN))
                .expectNoEvents();
    }

    @Test
    void aConsentNamingAChildsNeedAndTheGiversOwnIsTheGiversToWithdraw() {
        given(mothersOwnNeed().agreedNeed(SCHOOL, EMMA).granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL, MOTHERS_OWN))
                .when(withdraw(CONSENT, FATHER))
                .expectException(violates(PlanRule.OWN_NEED_OF_ANOTHER, MOTHERS_OWN))
                .expectNoEvents();
    }

    @Test
    void theAdultWithdrawsTheirOwnConsent() {
        given(mothersOwnNeed().granted(CONSENT, MOTHER, TO_SPECIALIST, MOTHERS_OWN))
                .when(withdraw(CONSENT, MOTHER))
                .expectEvents(new ConsentWithdrawn(CASE, CONSENT, MOTHER, null));
    }

    @Test
    void eitherGuardianStillWithdrawsTheOthersConsentAboutTheirChild() {
        given(History.opened().agreedNeed(SCHOOL, EMMA).granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .when(withdraw(CONSENT, FATHER))
                .expectEvents(new ConsentWithdrawn(CASE, CONSENT, FATHER, null));
    }

    @Test
    void noOneElseConsentsToOrRefusesAnAdultsOwnNeed() {
        given(mothersOwnNeed())
                .when(grant(CONSENT, FATHER, TO_SPECIALIST, MOTHERS_OWN))
                .expectException(violates(PlanRule.OWN_NEED_OF_ANOTHER, MOTHERS_OWN))
                .expectNoEvents();
        given(mothersOwnNeed())
                .when(refuse(REFUSAL, GRANNY, TO_SPECIALIST, MOTHERS_OWN))
                .expectException(violates(PlanRule.OWN_NEED_OF_ANOTHER, MOTHERS_OWN))
                .expectNoEvents();
    }

    @Test
    void theAdultConsentsToTheirOwnNeed() {
        given(mothersOwnNeed())
                .when(grant(CONSENT, MOTHER, TO_SPECIALIST, MOTHERS_OWN))
                .expectEvents(granted(CONSENT, MOTHER, TO_SPECIALIST, MOTHERS_OWN));
    }

    /** Both parents' need is neither's own: each decides their own part of it, as before. */
    @Test
    void aNeedOfBothParentsIsNotOneAdultsOwn() {
        given(History.opened().agreedNeed(PARENTS, MOTHER, FATHER))
                .when(keep(PARENTS, MOTHER))
                .expectException(violates(PlanRule.NOT_AN_OWN_NEED, PARENTS))
                .expectNoEvents();
    }

    // Keeping an own need from the family

    @Test
    void anAdultKeepsTheirOwnNeedFromTheFamily() {
        given(mothersOwnNeed())
                .when(new RecordNeedConfidentiality(CASE, MOTHERS_OWN, MOTHER, true, "Ei isän nähtäväksi"))
                .expectEvents(new NeedConfidentialityRecorded(CASE, MOTHERS_OWN, MOTHER, true, "Ei isän nähtäväksi"));
    }

    @Test
    void onlyTheAdultKeepsTheirOwnNeedFromTheFamily() {
        given(mothersOwnNeed())
                .when(keep(MOTHERS_OWN, FATHER))
                .expectException(violates(PlanRule.OWN_NEED_OF_ANOTHER, MOTHERS_OWN))
                .expectNoEvents();
    }

    @Test
    void aChildsNeedIsNotKeptFromTheFamily() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(keep(SCHOOL, EMMA))
                .expectException(violates(PlanRule.NOT_AN_OWN_NEED, SCHOOL))
                .expectNoEvents();
        given(History.opened().agreedNeed(EVENINGS, EMMA, MOTHER))
                .when(keep(EVENINGS, MOTHER))
                .expectException(violates(PlanRule.NOT_AN_OWN_NEED, EVENINGS))
                .expectNoEvents();
    }

    @Test
    void theAdultShowsTheirNeedToTheFamilyAgain() {
        given(mothersOwnNeed().then(new NeedConfidentialityRecorded(CASE, MOTHERS_OWN, MOTHER, true, null)))
                .when(new RecordNeedConfidentiality(CASE, MOTHERS_OWN, MOTHER, false, null))
                .expectEvents(new NeedConfidentialityRecorded(CASE, MOTHERS_OWN, MOTHER, false, null));
    }

    @Test
    void aMarkingIsRecordedOnlyWhenItChanges() {
        given(mothersOwnNeed().then(new NeedConfidentialityRecorded(CASE, MOTHERS_OWN, MOTHER, true, null)))
                .when(keep(MOTHERS_OWN, MOTHER))
                .expectException(violates(PlanRule.CONFIDENTIALITY_UNCHANGED, MOTHERS_OWN))
                .expectNoEvents();
        given(mothersOwnNeed())
                .when(new RecordNeedConfidentiality(CASE, MOTHERS_OWN, MOTHER, false, null))
                .expectException(violates(PlanRule.CONFIDENTIALITY_UNCHANGED, MOTHERS_OWN))
                .expectNoEvents();
    }

    /** A closed need is still printed for the family, so it may still be kept from them. */
    @Test
    void aClosedNeedMayStillBeKeptFromTheFamily() {
        given(mothersOwnNeed().then(new NeedClosed(CASE, MOTHERS_OWN, NeedOutcome.MET, null)))
                .when(keep(MOTHERS_OWN, MOTHER))
                .expectEvents(new NeedConfidentialityRecorded(CASE, MOTHERS_OWN, MOTHER, true, null));
    }

    @Test
    void anUnknownNeedIsNotKept() {
        given(History.opened())
                .when(keep(MOTHERS_OWN, MOTHER))
                .expectException(violates(PlanRule.UNKNOWN_NEED, MOTHERS_OWN))
                .expectNoEvents();
    }

    // A child's view withheld from named guardians

    @Test
    void aChildsViewIsWithheldFromAGuardian() {
        given(emmaSpoke())
                .when(new WithholdChildView(CASE, VIEW, Set.of(FATHER), "Emman toive"))
                .expectEvents(new ChildViewWithheld(CASE, VIEW, Set.of(FATHER), "Emman toive"));
    }

    @Test
    void aChildsViewIsShownToEveryGuardianAgain() {
        given(emmaSpoke().then(new ChildViewWithheld(CASE, VIEW, Set.of(FATHER), null)))
                .when(new WithholdChildView(CASE, VIEW, Set.of(), null))
                .expectEvents(new ChildViewWithheld(CASE, VIEW, Set.of(), null));
    }

    @Test
    void aChildsViewIsWithheldOnlyFromGuardians() {
        given(emmaSpoke())
                .when(new WithholdChildView(CASE, VIEW, Set.of(GRANNY), null))
                .expectException(violates(PlanRule.NOT_A_GUARDIAN, GRANNY))
                .expectNoEvents();
        given(emmaSpoke())
                .when(new WithholdChildView(CASE, VIEW, Set.of(TestPlan.id("nobody")), null))
                .expectException(violates(PlanRule.UNKNOWN_MEMBER, TestPlan.id("nobody")))
                .expectNoEvents();
    }

    @Test
    void aWithholdingIsRecordedOnlyWhenItChanges() {
        given(emmaSpoke().then(new ChildViewWithheld(CASE, VIEW, Set.of(FATHER), null)))
                .when(new WithholdChildView(CASE, VIEW, Set.of(FATHER), null))
                .expectException(violates(PlanRule.WITHHOLDING_UNCHANGED, VIEW))
                .expectNoEvents();
    }

    @Test
    void anUnknownViewIsNotWithheld() {
        given(History.opened())
                .when(new WithholdChildView(CASE, VIEW, Set.of(FATHER), null))
                .expectException(violates(PlanRule.UNKNOWN_CHILD_VIEW, VIEW))
                .expectNoEvents();
    }

    // Non-disclosure marking and contact details

    @Test
    void aMembersNonDisclosureMarkingIsRecordedAndLifted() {
        given(History.opened())
                .when(new RecordNonDisclosure(CASE, MOTHER, true, "DVV:n päätös"))
                .expectEvents(new NonDisclosureRecorded(CASE, MOTHER, true, "DVV:n päätös"));
        given(History.opened().then(new NonDisclosureRecorded(CASE, MOTHER, true, null)))
                .when(new RecordNonDisclosure(CASE, MOTHER, false, null))
                .expectEvents(new NonDisclosureRecorded(CASE, MOTHER, false, null));
    }

    @Test
    void aNonDisclosureMarkingIsRecordedOnlyWhenItChanges() {
        given(History.opened().then(new NonDisclosureRecorded(CASE, LEO, true, null)))
                .when(new RecordNonDisclosure(CASE, LEO, true, null))
                .expectException(violates(PlanRule.NON_DISCLOSURE_UNCHANGED, LEO))
                .expectNoEvents();
        given(History.opened())
                .when(new RecordNonDisclosure(CASE, LEO, false, null))
                .expectException(violates(PlanRule.NON_DISCLOSURE_UNCHANGED, LEO))
                .expectNoEvents();
    }

    /** A member who moved out, to a shelter perhaps, needs the marking most. */
    @Test
    void aMemberWhoLeftMayStillBeMarked() {
        given(History.opened().then(new FamilyMembershipEnded(CASE, MOTHER, FamilyMembershipEndReason.MOVED_OUT,
                null)))
                .when(new RecordNonDisclosure(CASE, MOTHER, true, null))
                .expectEvents(new NonDisclosureRecorded(CASE, MOTHER, true, null));
    }

    @Test
    void contactDetailsAreRecordedAndCorrected() {
        given(History.opened())
                .when(new RecordContactDetails(CASE, MOTHER, MOTHERS_CONTACT))
                .expectEvents(new ContactDetailsRecorded(CASE, MOTHER, MOTHERS_CONTACT));
        var corrected = new ContactDetails("040 765 4321", null, null);
        given(History.opened().then(new ContactDetailsRecorded(CASE, MOTHER, MOTHERS_CONTACT)))
                .when(new RecordContactDetails(CASE, MOTHER, corrected))
                .expectEvents(new ContactDetailsRecorded(CASE, MOTHER, corrected));
    }

    @Test
    void contactDetailsAreRecordedOnlyWhenTheyChange() {
        given(History.opened().then(new ContactDetailsRecorded(CASE, MOTHER, MOTHERS_CONTACT)))
                .when(new RecordContactDetails(CASE, MOTHER, MOTHERS_CONTACT))
                .expectException(violates(PlanRule.CONTACT_DETAILS_UNCHANGED, MOTHER))
                .expectNoEvents();
        given(History.opened())
                .when(new RecordContactDetails(CASE, MOTHER, ContactDetails.NONE))
                .expectException(violates(PlanRule.CONTACT_DETAILS_UNCHANGED, MOTHER))
                .expectNoEvents();
    }

    @Test
    void contactDetailsAreOfAMemberAndFitThePlan() {
        given(History.opened())
                .when(new RecordContactDetails(CASE, TestPlan.id("nobody"), MOTHERS_CONTACT))
                .expectException(violates(PlanRule.UNKNOWN_MEMBER, TestPlan.id("nobody")))
                .expectNoEvents();
        given(History.opened())
                .when(new RecordContactDetails(CASE, MOTHER, new ContactDetails("0".repeat(201), null, null)))
                .expectException(violates(PlanRule.TEXT_TOO_LONG, "phone"))
                .expectNoEvents();
    }

    @Test
    void aClosedCaseRecordsNoneOfThese() {
        given(mothersOwnNeed().then(new CaseClosed(CASE, "Valmis", "Tuki päättyi", null)))
                .when(new RecordNonDisclosure(CASE, MOTHER, true, null))
                .expectException(violates(PlanRule.CASE_CLOSED, CASE))
                .expectNoEvents();
    }
}
