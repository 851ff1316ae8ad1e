package fi.perhekeskus.caseview;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.AddFamilyMember;
import fi.perhekeskus.plan.api.ApprovePlan;
import fi.perhekeskus.plan.api.CloseNeed;
import fi.perhekeskus.plan.api.CompleteSupportAction;
import fi.perhekeskus.plan.api.CorrectFamilyMember;
import fi.perhekeskus.plan.api.DeclineInvitation;
import fi.perhekeskus.plan.api.EndFamilyMembership;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.PlanSupportAction;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordChildView;
import fi.perhekeskus.plan.api.RecordFamilyLanguage;
import fi.perhekeskus.plan.api.RecordNeed;
import fi.perhekeskus.plan.api.RecordReview;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.ReviseNeed;
import fi.perhekeskus.plan.api.WithdrawConsent;

/**
 * A case with every kind of item, in the order a family might live it: the family's language
 * recorded anew, needs agreed, disagreed, reworded and closed; children heard about a need and about
 * the plan; a consent granted and one withdrawn; one specialist joining and one declining; an action
 * done after a review and an approval; a baby born, the father's name corrected and the father
 * moving out.
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
    static final List<String> PARTICIPANTS = List.of("Anna", "Emma", "omatyöntekijä");
    static final String SUMMARY = "Koulunkäynti on alkanut sujua.";
    static final FamilyLanguage LANGUAGE = new FamilyLanguage("sv", true);
    static final String FATHER_CORRECTED = "Mikael";

    final ScriptedCase plan;
    final UUID evenings = UUID.randomUUID();
    final UUID schoolView = UUID.randomUUID();
    final UUID planView = UUID.randomUUID();
    final UUID grant = UUID.randomUUID();
    final UUID unitGrant = UUID.randomUUID();
    final UUID action = UUID.randomUUID();
    final UUID review = UUID.randomUUID();
    final UUID baby = UUID.randomUUID();
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
        plan.send(new RecordReview(plan.caseId, review, plan.today(), PARTICIPANTS, SUMMARY, plan.today().plusMonths(2)));
        plan.send(new ApprovePlan(plan.caseId, plan.mother, plan.version()));
        plan.send(new CompleteSupportAction(plan.caseId, action, plan.keyWorker, COMPLETION_NOTE));
        plan.send(new AddFamilyMember(plan.caseId, new FamilyMember(baby, MemberRole.CHILD, "Vauva", plan.today())));
        plan.send(new CorrectFamilyMember(plan.caseId, plan.father, FATHER_CORRECTED, LocalDate.of(1984, 2, 11), null));
        plan.send(new EndFamilyMembership(plan.caseId, plan.father, FamilyMembershipEndReason.MOVED_OUT, null));
    }
}
