package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.CASE;
import static fi.perhekeskus.plan.TestPlan.CONSENT;
import static fi.perhekeskus.plan.TestPlan.EMMA;
import static fi.perhekeskus.plan.TestPlan.EVENINGS;
import static fi.perhekeskus.plan.TestPlan.INVITATION;
import static fi.perhekeskus.plan.TestPlan.MOTHER;
import static fi.perhekeskus.plan.TestPlan.NEXT_KEY_WORKER;
import static fi.perhekeskus.plan.TestPlan.REFUSAL;
import static fi.perhekeskus.plan.TestPlan.SCHOOL;
import static fi.perhekeskus.plan.TestPlan.SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.TODAY;
import static fi.perhekeskus.plan.TestPlan.grant;
import static fi.perhekeskus.plan.TestPlan.invite;
import static fi.perhekeskus.plan.TestPlan.invited;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.AddExternalParticipant;
import fi.perhekeskus.plan.api.ConsentWithdrawn;
import fi.perhekeskus.plan.api.ExternalParticipantAdded;
import fi.perhekeskus.plan.api.ExternalParticipantKind;
import fi.perhekeskus.plan.api.ExternalParticipantRemoved;
import fi.perhekeskus.plan.api.ExternalParticipantTold;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RemoveExternalParticipant;
import fi.perhekeskus.plan.api.TellExternalParticipant;

/**
 * The network beyond the directory: a colleague key worker invited like a specialist, and named
 * participants who are no users of the system (the child's teacher, early childhood education, an
 * organisation's or parish worker, Kela), told only what the family consented to, each telling a
 * disclosure of its own.
 */
class ExternalNetworkTest extends PlanTest {

    private static final UUID TEACHER = TestPlan.id("Emma's teacher");
    private static final UUID TOLD = TestPlan.id("told the teacher");
    private static final Recipient TO_TEACHER = Recipient.external(TEACHER);
    private static final String WHAT_WAS_TOLD = "Emma tarvitsee rauhallisen aloituksen aamuisin.";

    private static ExternalParticipantAdded teacherAdded() {
        return new ExternalParticipantAdded(CASE, TEACHER, "Liisa Laine", "Kirkonkylän koulu",
                ExternalParticipantKind.SCHOOL);
    }

    private static History teacherInNetwork() {
        return History.opened().agreedNeed(SCHOOL, EMMA).then(teacherAdded());
    }

    private static History schoolConsentedForTeacher() {
        return teacherInNetwork().granted(CONSENT, MOTHER, TO_TEACHER, SCHOOL);
    }

    private static TellExternalParticipant tell(UUID... needIds) {
        return new TellExternalParticipant(CASE, TOLD, TEACHER, Set.of(needIds), WHAT_WAS_TOLD, TODAY);
    }

    // A colleague key worker

    @Test
    void aColleagueKeyWorkerIsInvitedOnConsentLikeASpecialist() {
        given(History.opened().agreedNeed(SCHOOL, EMMA)
                .granted(CONSENT, MOTHER, Recipient.professional(NEXT_KEY_WORKER), SCHOOL))
                .when(invite(INVITATION, NEXT_KEY_WORKER, SCHOOL))
                .expectEvents(invited(INVITATION, NEXT_KEY_WORKER, Set.of(CONSENT), SCHOOL));
    }

    @Test
    void aColleagueKeyWorkerIsNotInvitedWithoutConsent() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(invite(INVITATION, NEXT_KEY_WORKER, SCHOOL))
                .expectException(violates(PlanRule.CONSENT_MISSING, SCHOOL));
    }

    // Naming an external participant

    @Test
    void anExternalParticipantIsNamedInTheNetwork() {
        given(History.opened())
                .when(new AddExternalParticipant(CASE, TEACHER, "Liisa Laine", "Kirkonkylän koulu",
                        ExternalParticipantKind.SCHOOL))
                .expectEvents(teacherAdded());
    }

    @Test
    void anExternalParticipantNeedsAName() {
        given(History.opened())
                .when(new AddExternalParticipant(CASE, TEACHER, " ", "Kela", ExternalParticipantKind.KELA))
                .expectException(violates(PlanRule.PARTICIPANT_NAME_REQUIRED, TEACHER));
    }

    @Test
    void anExternalParticipantTakesAnIdOfItsOwn() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(new AddExternalParticipant(CASE, SCHOOL, "Liisa Laine", null, ExternalParticipantKind.SCHOOL))
                .expectException(violates(PlanRule.ID_ALREADY_USED, SCHOOL));
    }

    @Test
    void anExternalParticipantLeavesTheNetwork() {
        given(teacherInNetwork())
                .when(new RemoveExternalParticipant(CASE, TEACHER, "Emma changed schools"))
                .expectEvents(new ExternalParticipantRemoved(CASE, TEACHER, "Emma changed schools"));
    }

    @Test
    void onlyAKnownParticipantLeaves() {
        given(History.opened())
                .when(new RemoveExternalParticipant(CASE, TEACHER, null))
                .expectException(violates(PlanRule.UNKNOWN_PARTICIPANT, TEACHER));
    }

    @Test
    void aParticipantLeavesOnce() {
        given(teacherInNetwork().then(new ExternalParticipantRemoved(CASE, TEACHER, null)))
                .when(new RemoveExternalParticipant(CASE, TEACHER, null))
                .expectException(violates(PlanRule.PARTICIPANT_REMOVED, TEACHER));
    }

    // Consent to an external participant

    @Test
    void theFamilyConsentsToTellAnExternalParticipant() {
        given(teacherInNetwork())
                .when(grant(CONSENT, MOTHER, TO_TEACHER, SCHOOL))
                .expectEvents(TestPlan.granted(CONSENT, MOTHER, TO_TEACHER, SCHOOL));
    }

    @Test
    void aConsentNamesOnlyAParticipantOfTheNetwork() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(grant(CONSENT, MOTHER, TO_TEACHER, SCHOOL))
                .expectException(violates(PlanRule.UNKNOWN_PARTICIPANT, TEACHER));
    }

    @Test
    void noNewConsentNamesAParticipantWhoLeft() {
        given(teacherInNetwork().then(new ExternalParticipantRemoved(CASE, TEACHER, null)))
                .when(grant(CONSENT, MOTHER, TO_TEACHER, SCHOOL))
                .expectException(violates(PlanRule.PARTICIPANT_REMOVED, TEACHER));
    }

    // Telling an external participant

    @Test
    void tellingAParticipantIsRecordedWithTheConsentsItReliedOn() {
        given(schoolConsentedForTeacher())
                .when(tell(SCHOOL))
                .expectEvents(new ExternalParticipantTold(CASE, TOLD, TEACHER, Set.of(SCHOOL), Set.of(CONSENT),
                        WHAT_WAS_TOLD, TODAY));
    }

    @Test
    void nothingIsToldWithoutConsent() {
        given(teacherInNetwork())
                .when(tell(SCHOOL))
                .expectException(violates(PlanRule.CONSENT_MISSING, SCHOOL));
    }

    @Test
    void aConsentToASpecialistTellsTheTeacherNothing() {
        given(teacherInNetwork().granted(CONSENT, MOTHER, Recipient.professional(SPECIALIST), SCHOOL))
                .when(tell(SCHOOL))
                .expectException(violates(PlanRule.CONSENT_MISSING, SCHOOL));
    }

    @Test
    void aConsentToTheTeacherOpensNothingToAProfessional() {
        given(schoolConsentedForTeacher())
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.CONSENT_MISSING, SCHOOL));
    }

    @Test
    void aChildsRefusalBeatsTheGuardiansConsentForATeacherToo() {
        given(schoolConsentedForTeacher().refused(REFUSAL, EMMA, TO_TEACHER, SCHOOL))
                .when(tell(SCHOOL))
                .expectException(violates(PlanRule.CHILD_REFUSED, SCHOOL));
    }

    @Test
    void aGuardiansRefusalBlocksTellingTheTeacher() {
        given(schoolConsentedForTeacher().refused(REFUSAL, TestPlan.FATHER, TO_TEACHER, SCHOOL))
                .when(tell(SCHOOL))
                .expectException(violates(PlanRule.CONSENT_REFUSED, SCHOOL));
    }

    @Test
    void onlyAgreedNeedsAreTold() {
        given(teacherInNetwork().need(EVENINGS, EMMA).granted(CONSENT, MOTHER, TO_TEACHER, EVENINGS))
                .when(tell(EVENINGS))
                .expectException(violates(PlanRule.NEED_NOT_AGREED, EVENINGS));
    }

    @Test
    void aTellingNamesTheNeedsTold() {
        given(schoolConsentedForTeacher())
                .when(tell())
                .expectException(violates(PlanRule.NEEDS_REQUIRED, TOLD));
    }

    @Test
    void aTellingSaysWhatWasTold() {
        given(schoolConsentedForTeacher())
                .when(new TellExternalParticipant(CASE, TOLD, TEACHER, Set.of(SCHOOL), "", TODAY))
                .expectException(violates(PlanRule.WHAT_WAS_TOLD_REQUIRED, TOLD));
    }

    @Test
    void aTellingIsNotDatedInTheFuture() {
        LocalDate tomorrow = TODAY.plusDays(1);
        given(schoolConsentedForTeacher())
                .when(new TellExternalParticipant(CASE, TOLD, TEACHER, Set.of(SCHOOL), WHAT_WAS_TOLD, tomorrow))
                .expectException(violates(PlanRule.DISCLOSED_ON_IN_FUTURE, TOLD));
    }

    @Test
    void nothingIsToldToAParticipantWhoLeft() {
        given(schoolConsentedForTeacher().then(new ExternalParticipantRemoved(CASE, TEACHER, null)))
                .when(tell(SCHOOL))
                .expectException(violates(PlanRule.PARTICIPANT_REMOVED, TEACHER));
    }

    @Test
    void aTellingTakesAnIdOfItsOwn() {
        given(schoolConsentedForTeacher())
                .when(new TellExternalParticipant(CASE, CONSENT, TEACHER, Set.of(SCHOOL), WHAT_WAS_TOLD, TODAY))
                .expectException(violates(PlanRule.ID_ALREADY_USED, CONSENT));
    }

    @Test
    void aConsentEndedByWithdrawalTellsNothingMore() {
        given(schoolConsentedForTeacher().then(new ConsentWithdrawn(CASE, CONSENT, MOTHER, null)))
                .when(tell(SCHOOL))
                .expectException(violates(PlanRule.CONSENT_MISSING, SCHOOL));
    }
}
