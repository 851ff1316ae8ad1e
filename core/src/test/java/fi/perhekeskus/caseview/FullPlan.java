package fi.perhekeskus.caseview;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.AddExternalParticipant;
import fi.perhekeskus.plan.api.AddFamilyMember;
import fi.perhekeskus.plan.api.ApprovePlan;
import fi.perhekeskus.plan.api.CloseNeed;
import fi.perhekeskus.plan.api.CompleteSupportAction;
import fi.perhekeskus.plan.api.ContactDetails;
import fi.perhekeskus.plan.api.CorrectFamilyMember;
import fi.perhekeskus.plan.api.DeclineInvitation;
import fi.perhekeskus.plan.api.EndFamilyMembership;
import fi.perhekeskus.plan.api.ExternalParticipantKind;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.FollowUpDecision;
import fi.perhekeskus.plan.api.LegalBasis;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.NeedFollowUp;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.PlanSupportAction;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordChildView;
import fi.perhekeskus.plan.api.RecordContactDetails;
import fi.perhekeskus.plan.api.RecordFamilyLanguage;
import fi.perhekeskus.plan.api.RecordLegalDisclosure;
import fi.perhekeskus.plan.api.RecordNeed;
import fi.perhekeskus.plan.api.RecordNeedConfidentiality;
import fi.perhekeskus.plan.api.RecordNonDisclosure;
import fi.perhekeskus.plan.api.RecordReview;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.ReviewParticipant;
import fi.perhekeskus.plan.api.ReviseNeed;
import fi.perhekeskus.plan.api.SetGoal;
import fi.perhekeskus.plan.api.TellExternalParticipant;
import fi.perhekeskus.plan.api.WithdrawConsent;
import fi.perhekeskus.plan.api.WithholdChildView;

/**
 * A case with every kind of item, in the order a family might live it: the family's language
 * recorded anew, needs agreed, disagreed, reworded and closed; children heard about a need and about
 * the plan; a consent granted and one withdrawn; one specialist joining and one declining; an action
 * done after a review and an approval; a baby born, the father's name corrected and the father
 * moving out; then the mother's own need kept from the family, Emma's view withheld from the father,
 * and the mother's contact details recorded under a non-disclosure marking; Emma's teacher named in
 * the network and told about school on the mother's consent, and a child welfare notification.
 */
final class FullPlan {

    static final String SCHOOL = "Emma ei halua mennä kouluun.\n  Aamut ovat vaikeita.";
    static final String SCHOOL_NOTE = "Kuraattori tietää.";
    static final String SLEEP_REVISED = "Leo ei saa illalla unta ja herää öisin.";
    static final String EVENINGS = "Illat menevät huutamiseksi.";
    static final String SCHOOL_VIEW = "Koulussa on yksinäistä.";
    static final String ACTION = "Tapaaminen koululla";
    static final String DECLINE_REASON = "Ei aikaa tässä kuussa";
    static final String CLOSING_NOTE = "Illat sujuvat nyt.";
    static final String WITHDRAWAL_NOTE = "Isä haluaa miettiä asiaa.";
    static final String COMPLETION_NOTE = "Tavattiin koululla kahdesti.";
    static final String GOAL = "Emma käy koulua joka päivä.";
    static final String GOAL_SIGN = "Aamut sujuvat ilman riitaa.";
    static final String SCHOOL_NAME = "Kallion koulu";
    static final String SUMMARY = "Koulunkäynti on alkanut sujua.";
    static final FamilyLanguage LANGUAGE = new FamilyLanguage("sv", true);
    static final String FATHER_CORRECTED = "Mikael";
    static final String MOTHERS_OWN = "Olen uupunut ja pelkään.";
    static final ContactDetails MOTHERS_CONTACT = new ContactDetails("040 123 4567", "anna@example.org",
            "Turvakoti, Kotikatu 1");
    static final String TEACHER = "Liisa Laine";
    static final String TEACHERS_SCHOOL = "Kirkonkylän koulu";
    static final String TOLD = "Emma tarvitsee rauhallisen aamun.";
    static final String OFFICE = "Itäkaupungin sosiaalipäivystys";
    static final String NOTIFIED = "Huoli Emman koulunkäynnistä";

    final ScriptedCase plan;
    final UUID evenings = UUID.randomUUID();
    final UUID schoolView = UUID.randomUUID();
    final UUID planView = UUID.randomUUID();
    final UUID grant = UUID.randomUUID();
    final UUID unitGrant = UUID.randomUUID();
    final UUID action = UUID.randomUUID();
    final UUID review = UUID.randomUUID();
    final UUID baby = UUID.randomUUID();
    final UUID mothersOwn = UUID.randomUUID();
    final UUID teacher = UUID.randomUUID();
    final UUID teachersConsent = UUID.randomUUID();
    final UUID told = UUID.randomUUID();
    final UUID notification = UUID.randomUUID();
    final UUID accepted;
    final UUID declined;

    FullPlan(ScriptedCase plan) {
        this.plan = plan;
        plan.open();
        plan.send(new RecordFamilyLanguage(plan.caseId, LANGUAGE));
        plan.send(new RecordNeed(plan.caseId, plan.school, SCHOOL, SCHOOL_NOTE, Set.of(plan.emma),
                NeedRaiser.familyMember(plan.mother)));
        plan.send(new RecordNeed(plan.caseId, plan.sleep, "Leo ei saa unta.", null, Set.of(plan.leo),
                NeedRaiser.keyWorker()));
        plan.send(new RecordNeed(plan.caseId, evenings, EVENINGS, null, Set.of(plan.mother, plan.emma),
                NeedRaiser.familyMember(plan.emma)));
        plan.answer(plan.school, plan.mother, AgreementDecision.AGREED);
        plan.answer(plan.school, plan.emma, AgreementDecision.DISAGREED);
        plan.answer(plan.school, plan.emma, AgreementDecision.AGREED);
        plan.answer(plan.sleep, plan.father, AgreementDecision.AGREED);
        plan.send(new ReviseNeed(plan.caseId, plan.sleep, SLEEP_REVISED, null));
        plan.answer(plan.sleep, plan.mother, AgreementDecision.AGREED);
        plan.answer(evenings, plan.mother, AgreementDecision.AGREED);
        plan.send(new CloseNeed(plan.caseId, evenings, NeedOutcome.NO_LONGER_RELEVANT, CLOSING_NOTE));
        plan.send(new RecordChildView(plan.caseId, schoolView, plan.emma, plan.school, SCHOOL_VIEW,
                HowHeard.CONVERSATION, true));
        plan.send(new RecordChildView(plan.caseId, planView, plan.leo, null, null, HowHeard.DECLINED_TO_SAY, false));
        plan.grant(grant, plan.mother, Recipient.professional(plan.specialist), plan.school, plan.sleep);
        plan.grant(unitGrant, plan.father, Recipient.unit(plan.west), plan.sleep);
        accepted = plan.join(plan.specialist, plan.east, plan.school, plan.sleep);
        declined = plan.invite(plan.consultant, plan.west, plan.sleep);
        plan.sendAs(new Actor(plan.consultant, ActorRole.SPECIALIST, "case-view-test"),
                new DeclineInvitation(plan.caseId, declined, plan.consultant, DECLINE_REASON));
        plan.send(new WithdrawConsent(plan.caseId, unitGrant, plan.father, WITHDRAWAL_NOTE));
        plan.send(new PlanSupportAction(plan.caseId, action, plan.school, ACTION,
                new Responsible(Responsible.Kind.NETWORK_MEMBER, plan.specialist), plan.today().plusDays(14)));
        plan.send(new SetGoal(plan.caseId, plan.school, GOAL, GOAL_SIGN));
        plan.send(new RecordReview(plan.caseId, review, plan.today(), participants(), SUMMARY, followUps(),
                plan.today().plusMonths(2)));
        plan.send(new ApprovePlan(plan.caseId, plan.mother, plan.version()));
        plan.send(new CompleteSupportAction(plan.caseId, action, plan.keyWorker, COMPLETION_NOTE));
        plan.send(new AddFamilyMember(plan.caseId, new FamilyMember(baby, MemberRole.CHILD, "Vauva", plan.today())));
        plan.send(new CorrectFamilyMember(plan.caseId, plan.father, FATHER_CORRECTED, LocalDate.of(1984, 2, 11), null));
        plan.send(new EndFamilyMembership(plan.caseId, plan.father, FamilyMembershipEndReason.MOVED_OUT, null));
        plan.send(new RecordNeed(plan.caseId, mothersOwn, MOTHERS_OWN, null, Set.of(plan.mother),
                NeedRaiser.familyMember(plan.mother)));
        plan.send(new RecordNeedConfidentiality(plan.caseId, mothersOwn, plan.mother, true, null));
        plan.send(new WithholdChildView(plan.caseId, schoolView, Set.of(plan.father), null));
        plan.send(new RecordContactDetails(plan.caseId, plan.mother, MOTHERS_CONTACT));
        plan.send(new RecordNonDisclosure(plan.caseId, plan.mother, true, null));
        plan.send(new AddExternalParticipant(plan.caseId, teacher, TEACHER, TEACHERS_SCHOOL,
                ExternalParticipantKind.SCHOOL));
        plan.grant(teachersConsent, plan.mother, Recipient.external(teacher), plan.school);
        plan.send(new TellExternalParticipant(plan.caseId, told, teacher, Set.of(plan.school), TOLD, plan.today()));
        plan.send(new RecordLegalDisclosure(plan.caseId, notification, LegalBasis.CHILD_WELFARE_NOTIFICATION, null,
                OFFICE, Set.of(plan.emma), Set.of(plan.school), NOTIFIED, plan.today()));
    }

    List<ReviewParticipant> participants() {
        return List.of(ReviewParticipant.familyMember(plan.mother), ReviewParticipant.familyMember(plan.emma),
                ReviewParticipant.professional(plan.keyWorker), ReviewParticipant.external(TEACHER, SCHOOL_NAME));
    }

    List<NeedFollowUp> followUps() {
        return List.of(
                new NeedFollowUp(plan.school, "Aamut ovat helpompia.", "Poissaoloja on vähemmän.", "Koulu on ok.",
                        FollowUpDecision.CONTINUE, null, null),
                new NeedFollowUp(plan.sleep, "Ei muutosta.", "Uni on yhä katkonaista.", null,
                        FollowUpDecision.CHANGE, null, "Neuvolan unikoulu"));
    }
}
