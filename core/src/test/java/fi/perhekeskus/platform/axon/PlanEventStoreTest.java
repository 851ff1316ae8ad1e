package fi.perhekeskus.platform.axon;

import static fi.perhekeskus.platform.axon.RestartableApplication.KEY_WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.CaseOpened;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedAgreed;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedRecorded;
import fi.perhekeskus.plan.api.OpenCase;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.RecordNeed;
import fi.perhekeskus.plan.api.RecordNeedAgreement;
import fi.perhekeskus.plan.api.RuleBroken;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands through the command gateway into PostgreSQL, and back out of the event store after the
 * application has been stopped and started again.
 */
class PlanEventStoreTest {

    @TempDir
    Path dataDirectory;

    private final UUID caseId = UUID.randomUUID();
    private final UUID childId = UUID.randomUUID();
    private final UUID guardianId = UUID.randomUUID();
    private final UUID needId = UUID.randomUUID();

    @Test
    void eventsSurviveARestartAndSayWhoCausedThem() {
        var specialistActingAsKeyWorker = new Actor(UUID.randomUUID(), ActorRole.KEY_WORKER, "second-request");
        try (var app = new RestartableApplication(dataDirectory).start()) {
            app.send(new OpenCase(caseId, List.of(
                    new FamilyMember(childId, MemberRole.CHILD, "Eetu", LocalDate.of(2018, 3, 4)),
                    new FamilyMember(guardianId, MemberRole.GUARDIAN, "Anna", null)),
                    KEY_WORKER.professionalId(), UUID.randomUUID(), FamilyLanguage.FINNISH), KEY_WORKER);
            app.send(new RecordNeed(caseId, needId, "Iltaisin on vaikea saada Eetu nukkumaan", null,
                    Set.of(childId), NeedRaiser.familyMember(guardianId)), KEY_WORKER);

            app.stop();
            app.start();

            assertThat(app.events(caseId))
                    .extracting(event -> event.getPayloadType().getSimpleName())
                    .containsExactly(CaseOpened.class.getSimpleName(), NeedRecorded.class.getSimpleName());
            assertThat(app.events(caseId))
                    .allSatisfy(event -> assertThat(Actor.from(event.getMetaData())).isEqualTo(KEY_WORKER));
            assertThat(((NeedRecorded) app.events(caseId).get(1).getPayload()).description())
                    .isEqualTo("Iltaisin on vaikea saada Eetu nukkumaan");

            app.send(new RecordNeedAgreement(caseId, needId, guardianId, AgreementDecision.AGREED,
                    AgreementChannel.MEETING, Instant.now().minusSeconds(60), null), specialistActingAsKeyWorker);

            var agreed = app.events(caseId).get(2);
            assertThat(agreed.getPayloadType()).isEqualTo(NeedAgreed.class);
            assertThat(agreed.getSequenceNumber()).isEqualTo(2);
            assertThat(Actor.from(agreed.getMetaData())).isEqualTo(specialistActingAsKeyWorker);
        }
    }

    @Test
    void theRebuiltPlanStillEnforcesItsRules() {
        try (var app = new RestartableApplication(dataDirectory).start()) {
            app.send(new OpenCase(caseId, List.of(
                    new FamilyMember(childId, MemberRole.CHILD, "Eetu", LocalDate.of(2018, 3, 4))),
                    KEY_WORKER.professionalId(), UUID.randomUUID(), FamilyLanguage.FINNISH), KEY_WORKER);
            app.stop();
            app.start();

            var unknownNeed = UUID.randomUUID();
            assertThatThrownBy(() -> app.send(new RecordNeedAgreement(caseId, unknownNeed, childId,
                    AgreementDecision.AGREED, AgreementChannel.MEETING, Instant.now(), null), KEY_WORKER))
                    .isInstanceOfSatisfying(CommandExecutionException.class, failed ->
                            assertThat(failed.getDetails()).contains(
                                    new RuleBroken(PlanRule.UNKNOWN_NEED, unknownNeed.toString())));
            assertThat(app.events(caseId)).hasSize(1);
        }
    }
}
