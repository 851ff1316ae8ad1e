package fi.perhekeskus.caseview;

import static fi.perhekeskus.caseview.ScriptedCase.asSpecialist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import fi.perhekeskus.plan.api.CloseCase;
import fi.perhekeskus.plan.api.HandOverKeyWorker;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.platform.axon.ProjectionRebuild;
import fi.perhekeskus.testing.MovableClock;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case view is a pure function of the stored events: rebuilt from them, it is the same view,
 * whatever its tables held before; fed an event it has seen, it does not change.
 */
@SpringBootTest
@Import(CaseViewTestConfiguration.class)
class CaseViewReplayTest {

    @Autowired
    CaseViewQuery query;

    @Autowired
    ScriptedCases cases;

    @Autowired
    MovableClock clock;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRebuildFromTheStoredEventsGivesTheSameViewsAndAccessWhateverTheTablesHeld() {
        FullPlan full = new FullPlan(cases.next());
        ScriptedCase handedOver = cases.next().openWithAgreedNeeds();
        handedOver.grant(UUID.randomUUID(), handedOver.mother, Recipient.unit(handedOver.east), handedOver.school);
        handedOver.join(handedOver.specialist, handedOver.east, handedOver.school);
        handedOver.send(new HandOverKeyWorker(handedOver.caseId, handedOver.nextKeyWorker, "Uusi omatyöntekijä"));
        ScriptedCase closed = cases.next().openWithAgreedNeeds();
        closed.send(new CloseCase(closed.caseId, "Perhe muutti"));
        List<Object> before = views(full.plan, handedOver, closed);
        List<Object> access = accessRows();
        Long disclosures = jdbc.queryForObject("SELECT count(*) FROM disclosure_log", Long.class);
        // What a bug could have left: a lost row of the view, a membership no event supports.
        jdbc.update("DELETE FROM case_view_need WHERE case_id = ?", full.plan.caseId);
        jdbc.update("INSERT INTO case_member (case_id, professional_id) VALUES (?, ?)", closed.caseId, UUID.randomUUID());

        assertThat(rebuild.rebuild(CaseViewConfiguration.GROUP)).isPositive();
        assertThat(rebuild.rebuild("case-access")).isPositive();

        assertThat(views(full.plan, handedOver, closed)).isEqualTo(before);
        assertThat(accessRows()).isEqualTo(access);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM disclosure_log", Long.class))
                .as("a disclosure happened once, however often its event is applied").isEqualTo(disclosures);
    }

    private List<Object> accessRows() {
        return Stream.of("case_access ORDER BY case_id", "case_member ORDER BY case_id, professional_id",
                        "pending_invitation ORDER BY invitation_id")
                .<Object>map(table -> jdbc.queryForList("SELECT * FROM " + table))
                .toList();
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        FullPlan full = new FullPlan(cases.next());
        List<Object> before = views(full.plan);

        inTransaction(() -> full.plan.events().forEach(this::handle));

        assertThat(views(full.plan)).isEqualTo(before);
    }

    @Test
    void aRebuildWaitsUntilAnotherInstancesRebuildOfTheSameViewHasCommitted() throws Exception {
        cases.next().openWithAgreedNeeds();
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var otherInstance = Executors.newFixedThreadPool(2);
        try {
            Future<?> other = otherInstance.submit(() -> new TransactionTemplate(transactionManager)
                    .executeWithoutResult(status -> {
                        jdbc.queryForList("SELECT pg_advisory_xact_lock(?, hashtext(?))",
                                ProjectionRebuild.REBUILD_LOCK, "case-access");
                        holding.countDown();
                        awaitQuietly(release);
                    }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Long> rebuilding = otherInstance.submit(() -> rebuild.rebuild("case-access"));

            assertThatThrownBy(() -> rebuilding.get(2, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
            release.countDown();
            other.get(30, TimeUnit.SECONDS);
            assertThat(rebuilding.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            release.countDown();
            otherInstance.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Each case as its key worker and as its specialist see it. */
    private List<Object> views(ScriptedCase... plans) {
        return Stream.of(plans).<Object>flatMap(plan -> {
            Sight member = query.decide(plan.caseId, asSpecialist(plan.specialist, plan.east), clock.instant());
            return Stream.of(query.view(plan.caseId, Visibility.ALL).orElseThrow(), member,
                    member.visibility() == null ? "no access" : query.view(plan.caseId, member.visibility()));
        }).toList();
    }

    private EventHandlerInvoker invoker() {
        return processing.eventProcessor(CaseViewConfiguration.GROUP, SubscribingEventProcessor.class)
                .orElseThrow()
                .eventHandlerInvoker();
    }

    private void handle(EventMessage<?> event) {
        try {
            invoker().handle(event, Segment.ROOT_SEGMENT);
        } catch (Exception e) {
            throw new IllegalStateException("Could not apply " + event.getPayloadType().getSimpleName(), e);
        }
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }
}
