package fi.perhekeskus.caseview;

import static fi.perhekeskus.caseview.ScriptedCase.asSpecialist;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.access.Caller;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentCoverage.Specialist;
import fi.perhekeskus.plan.api.HandOverKeyWorker;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.PlanSupportAction;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordChildView;
import fi.perhekeskus.plan.api.RecordReview;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.ReviewParticipant;
import fi.perhekeskus.plan.api.WithdrawConsent;
import fi.perhekeskus.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Who sees a case, and how much of it, decided right after the command that changed it. */
@SpringBootTest
@Import(CaseViewTestConfiguration.class)
class SightTest {

    @Autowired
    CaseViewQuery query;

    @Autowired
    ScriptedCases cases;

    @Autowired
    MovableClock clock;

    private ScriptedCase plan;

    @BeforeEach
    void openCase() {
        plan = cases.next().openWithAgreedNeeds();
    }

    @Test
    void theKeyWorkerSeesTheWholeCase() {
        assertThat(decide(new Caller(plan.keyWorker, ProfessionalRole.KEY_WORKER, plan.east))).isEqualTo(Sight.KEY_WORKER);
    }

    @Test
    void aMemberSeesOnlyTheNeedsConsentCoversForThemAndWhatBelongsToThoseNeeds() {
        UUID unitGrant = UUID.randomUUID();
        UUID grantForConsultant = UUID.randomUUID();
        // The father has not consented: the parents' need is not covered for anyone.
        plan.grant(unitGrant, plan.mother, Recipient.unit(plan.east), plan.school, plan.sleep, plan.parents);
        plan.grant(grantForConsultant, plan.mother, Recipient.professional(plan.consultant), plan.sleep);
        UUID invitation = plan.join(plan.specialist, plan.east, plan.school, plan.sleep);
        plan.join(plan.consultant, plan.west, plan.sleep);
        plan.send(new RecordChildView(plan.caseId, UUID.randomUUID(), plan.leo, null, "Koti on kiva.",
                HowHeard.DRAWING, false));
        plan.send(new RecordReview(plan.caseId, UUID.randomUUID(), plan.today(),
                List.of(ReviewParticipant.familyMember(plan.mother)), "Ensimmäinen seuranta",
                plan.continuing(plan.school, plan.sleep, plan.parents), plan.today().plusMonths(2)));

        Sight access = decide(asSpecialist(plan.specialist, plan.east));

        assertThat(access.basis()).isEqualTo(Basis.MEMBERSHIP);
        assertThat(access.needIds()).containsExactlyInAnyOrder(plan.school, plan.sleep);
        assertThat(access.consentIds()).containsExactly(unitGrant);
        CaseView view = query.view(plan.caseId, access.visibility()).orElseThrow();
        assertThat(view.needs()).extracting(CaseView.Need::id).containsExactly(plan.school, plan.sleep);
        assertThat(view.family().members()).extracting(CaseView.Member::id).containsExactly(plan.emma, plan.leo);
        assertThat(view.consents()).singleElement().satisfies(consent -> {
            assertThat(consent.id()).isEqualTo(unitGrant);
            assertThat(consent.needIds()).containsExactlyInAnyOrder(plan.school, plan.sleep);
        });
        assertThat(view.network().members()).extracting(CaseView.NetworkMember::professionalId)
                .containsExactly(plan.specialist);
        assertThat(view.network().invitations()).extracting(CaseView.Invitation::id).containsExactly(invitation);
        assertThat(view.childViews()).isEmpty();
        assertThat(view.reviews()).isEmpty();
        assertThat(view.approval()).isNull();
    }

    @Test
    void aChildsRefusalHidesTheChildsNeedThoughAGuardianGranted() {
        UUID mothersGrant = UUID.randomUUID();
        plan.grant(mothersGrant, plan.mother, Recipient.professional(plan.specialist), plan.school, plan.sleep);
        plan.join(plan.specialist, plan.east, plan.school, plan.sleep);

        plan.refuse(UUID.randomUUID(), plan.emma, Recipient.professional(plan.specialist), plan.school);

        Sight access = decide(asSpecialist(plan.specialist, plan.east));
        assertThat(access.basis()).isEqualTo(Basis.MEMBERSHIP);
        assertThat(access.needIds()).containsExactly(plan.sleep);
        CaseView view = query.view(plan.caseId, access.visibility()).orElseThrow();
        assertThat(view.needs()).extracting(CaseView.Need::id).containsExactly(plan.sleep);
        assertThat(view.family().members()).extracting(CaseView.Member::id).containsExactly(plan.leo);
    }

    @Test
    void aWithdrawalIsInForceForTheVeryNextDecisionAndEndsAMembershipLeftWithNothing() {
        UUID forSchool = UUID.randomUUID();
        UUID forSleep = UUID.randomUUID();
        plan.grant(forSchool, plan.mother, Recipient.professional(plan.specialist), plan.school);
        plan.grant(forSleep, plan.mother, Recipient.professional(plan.specialist), plan.sleep);
        plan.join(plan.specialist, plan.east, plan.school, plan.sleep);
        Caller specialist = asSpecialist(plan.specialist, plan.east);

        plan.send(new WithdrawConsent(plan.caseId, forSchool, plan.mother, null));
        Sight narrowed = decide(specialist);
        assertThat(narrowed.needIds()).containsExactly(plan.sleep);
        assertThat(narrowed.consentIds()).containsExactly(forSleep);

        plan.send(new WithdrawConsent(plan.caseId, forSleep, plan.mother, null));
        assertThat(decide(specialist)).isEqualTo(Sight.NONE);
        assertThat(query.view(plan.caseId, Visibility.ALL).orElseThrow().network().members()).isEmpty();
    }

    @Test
    void aConsentWhoseEndHasPassedSharesNothingEvenBeforeItsExpiryIsRecorded() {
        UUID grant = UUID.randomUUID();
        plan.grantUntil(plan.today(), grant, plan.mother, Recipient.professional(plan.specialist), plan.school);
        plan.join(plan.specialist, plan.east, plan.school);
        Caller specialist = asSpecialist(plan.specialist, plan.east);
        assertThat(decide(specialist).needIds()).containsExactly(plan.school);

        clock.advance(Duration.ofDays(1));

        Sight access = decide(specialist);
        assertThat(access.basis()).as("the membership has not ended yet").isEqualTo(Basis.MEMBERSHIP);
        assertThat(access.needIds()).isEmpty();
        assertThat(access.consentIds()).isEmpty();
        CaseView view = query.view(plan.caseId, access.visibility()).orElseThrow();
        assertThat(view.needs()).isEmpty();
        assertThat(view.consents()).isEmpty();
        assertThat(view.family().members()).isEmpty();
        assertThat(query.view(plan.caseId, Visibility.ALL).orElseThrow().consents())
                .singleElement().extracting(CaseView.Consent::status)
                .as("no expiry recorded").isEqualTo(CaseView.Consent.Status.ACTIVE);
    }

    @Test
    void afterAHandoverOnlyTheNewKeyWorkerIsKeyWorkerAndThePreviousOneIsAMemberOnlyIfInvited() {
        plan.send(new HandOverKeyWorker(plan.caseId, plan.nextKeyWorker, "Maija jää vapaalle"));

        Caller previous = new Caller(plan.keyWorker, ProfessionalRole.KEY_WORKER, plan.east);
        assertThat(decide(previous)).isEqualTo(Sight.NONE);
        assertThat(decide(new Caller(plan.nextKeyWorker, ProfessionalRole.KEY_WORKER, plan.west)))
                .isEqualTo(Sight.KEY_WORKER);

        plan.grant(UUID.randomUUID(), plan.mother, Recipient.professional(plan.keyWorker), plan.school);
        plan.join(plan.keyWorker, plan.east, plan.school);
        assertThat(decide(previous).basis()).isEqualTo(Basis.MEMBERSHIP);
        assertThat(decide(previous).needIds()).containsExactly(plan.school);
    }

    @Test
    void aSupervisorSeesTheCasesOfTheirOwnUnitOnly() {
        assertThat(decide(new Caller(UUID.randomUUID(), ProfessionalRole.SUPERVISOR, plan.east)))
                .isEqualTo(Sight.SUPERVISION);
        assertThat(decide(new Caller(UUID.randomUUID(), ProfessionalRole.SUPERVISOR, plan.west))).isEqualTo(Sight.NONE);
        assertThat(decide(asSpecialist(plan.specialist, plan.east))).isEqualTo(Sight.NONE);
    }

    @Test
    void aCaseThatDoesNotExistIsNobodysBusiness() {
        UUID unknown = UUID.randomUUID();
        assertThat(query.decide(unknown, new Caller(plan.keyWorker, ProfessionalRole.KEY_WORKER, plan.east), clock.instant()))
                .isEqualTo(Sight.NONE);
        assertThat(query.view(unknown, Visibility.ALL)).isEmpty();
        assertThat(query.preview(unknown, plan.specialist, plan.east, clock.instant())).isEmpty();
    }

    @Test
    void thePreviewIsTheViewTheSpecialistGetsOnJoining() {
        UUID unitGrant = UUID.randomUUID();
        UUID proposed = UUID.randomUUID();
        plan.need(proposed, "Äiti on väsynyt.", plan.mother);
        plan.grant(unitGrant, plan.mother, Recipient.unit(plan.east), plan.school, plan.sleep, plan.parents, proposed);
        plan.answer(plan.sleep, plan.father, AgreementDecision.AGREED);
        plan.send(new RecordChildView(plan.caseId, UUID.randomUUID(), plan.emma, plan.school, "Koulu on tylsä.",
                HowHeard.CONVERSATION, false));
        plan.send(new PlanSupportAction(plan.caseId, UUID.randomUUID(), plan.school, "Tapaaminen koululla",
                new Responsible(Responsible.Kind.KEY_WORKER, plan.keyWorker), plan.today().plusDays(10)));

        CaseView preview = query.preview(plan.caseId, plan.specialist, plan.east, clock.instant()).orElseThrow();
        plan.join(plan.specialist, plan.east, plan.school, plan.sleep);
        CaseView joined = query.view(plan.caseId, decide(asSpecialist(plan.specialist, plan.east)).visibility())
                .orElseThrow();

        assertThat(preview.needs()).extracting(CaseView.Need::id)
                .as("agreed and covered: not the parents' need, which the father has not consented to, nor one "
                        + "still proposed")
                .containsExactly(plan.school, plan.sleep);
        assertThat(preview).usingRecursiveComparison()
                .as("the same view, but for the invitation and acceptance that came in between")
                .ignoringFields("version", "network")
                .isEqualTo(joined);
        assertThat(preview.network().members()).isEmpty();
        assertThat(joined.network().members()).extracting(CaseView.NetworkMember::professionalId)
                .containsExactly(plan.specialist);
        assertThat(new Sight(Basis.MEMBERSHIP, new Visibility.Needs(
                new Specialist(plan.specialist, plan.east), Set.of(plan.school, plan.sleep), Set.of(unitGrant))))
                .isEqualTo(decide(asSpecialist(plan.specialist, plan.east)));
    }

    private Sight decide(Caller viewer) {
        return query.decide(plan.caseId, viewer, clock.instant());
    }
}
