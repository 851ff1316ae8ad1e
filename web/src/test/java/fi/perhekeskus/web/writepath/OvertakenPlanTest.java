package fi.perhekeskus.web.writepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedRecorded;
import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import fi.perhekeskus.web.access.Situations;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another instance of the application changed a plan that this one keeps in memory. The next
 * command here is decided again on the stored plan, not refused: only a caller who sent
 * {@code If-Match} with a version older than the stored one is told the plan has changed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class OvertakenPlanTest {

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Autowired
    EventStore events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCommandOnAPlanAnotherInstanceMovedOnIsDecidedAgainOnTheStoredPlan() {
        var plan = situations.build("east");
        long seen = situations.version(plan.caseId());
        UUID elsewhere = recordNeedElsewhere(plan);

        var withdrawal = withdraw(plan, plan.consent());

        assertThat(withdrawal.status()).isEqualTo(200);
        long stored = situations.version(plan.caseId());
        assertThat(stored).as("the other instance's event and the withdrawal's after it").isGreaterThan(seen + 1);
        assertThat(withdrawal.header("ETag")).isEqualTo("\"" + stored + "\"");
        assertThat(new Api(port).get("/api/v1/cases/" + plan.caseId(), "maija").http().body())
                .contains(elsewhere.toString());
    }

    @Test
    void ifMatchWithTheStoredVersionIsAcceptedAndAnOlderOneRefused() {
        var plan = situations.build("east");
        long seen = situations.version(plan.caseId());
        recordNeedElsewhere(plan);

        assertThat(withdraw(plan, plan.consent(), "If-Match", "\"" + seen + "\"").status()).isEqualTo(412);
        assertThat(withdraw(plan, plan.consent(), "If-Match", "\"" + (seen + 1) + "\"").status()).isEqualTo(200);
    }

    private UUID recordNeedElsewhere(Situations.Case plan) {
        UUID need = UUID.randomUUID();
        String caseId = plan.caseId().toString();
        long next = situations.version(plan.caseId()) + 1;
        var keyWorker = new Actor(plan.keyWorker().getId(), ActorRole.KEY_WORKER, "another-instance");
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publish(
                new GenericDomainEventMessage<>("SharedPlan", caseId, next, new NeedRecorded(plan.caseId(), need,
                        "Toisen palvelimen tarve", null, Set.of(plan.child()), NeedRaiser.keyWorker()),
                        keyWorker.toMetaData())));
        return need;
    }

    private Api.Response withdraw(Situations.Case plan, UUID consent, String... headers) {
        return new Api(port).post("/api/v1/cases/" + plan.caseId() + "/consents/" + consent + "/withdrawal", "maija",
                "{\"withdrawnBy\": \"%s\"}".formatted(plan.guardian()), headers);
    }
}
