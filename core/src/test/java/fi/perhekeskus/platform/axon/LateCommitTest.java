package fi.perhekeskus.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.OpenCase;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tracking processor never skips an event whose transaction commits after later events were
 * processed. An event's global index is taken when it is inserted; the case-list processor moves
 * past the missing index and waits for it as a gap. A transaction cannot stay open long enough for
 * that wait to end (the transaction timeout is under half the gap timeout): one held a little
 * under the timeout commits late and is processed, one held beyond it is ended by PostgreSQL, as
 * by a crash between taking the index and committing, and stores nothing. Afterwards the case list
 * equals a rebuild from the events. The timeouts are shortened here so that the test is quick.
 */
@SpringBootTest(properties = {"familycentre.database.transaction-timeout-ms=6000",
        "familycentre.events.gap-timeout-ms=15000"})
class LateCommitTest {

    private static final Actor KEY_WORKER = new Actor(UUID.randomUUID(), ActorRole.KEY_WORKER, "late-commit-test");
    private static final Duration LATE_BUT_IN_TIME = Duration.ofSeconds(4);
    private static final Duration BEYOND_THE_TIMEOUT = Duration.ofSeconds(8);

    @Autowired
    CommandGateway commands;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionRebuild rebuild;

    @Test
    void anEventCommittedAfterLaterOnesIsProcessedAndOneHeldBeyondTheTimeoutIsNeverStored() throws Exception {
        List<UUID> cases = new ArrayList<>();
        UUID late = UUID.randomUUID();
        UUID tooLate = UUID.randomUUID();
        cases.add(late);

        var lateCommit = openAndHold(late, LATE_BUT_IN_TIME);
        var tooLateCommit = openAndHold(tooLate, BEYOND_THE_TIMEOUT);
        lateCommit.inserted().await(10, TimeUnit.SECONDS);
        tooLateCommit.inserted().await(10, TimeUnit.SECONDS);
        for (int i = 0; i < 5; i++) {
            cases.add(open(UUID.randomUUID()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> listed(cases.subList(1, cases.size())));
        assertThat(listed(List.of(late))).as("the held case, not yet committed").isFalse();

        lateCommit.committed().get(30, TimeUnit.SECONDS);
        await("the late event, processed").atMost(Duration.ofSeconds(30)).until(() -> listed(List.of(late)));

        assertThatThrownBy(() -> tooLateCommit.committed().get(30, TimeUnit.SECONDS))
                .as("the transaction held beyond the timeout").isInstanceOf(ExecutionException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, tooLate.toString())).isZero();
        cases.add(open(UUID.randomUUID()));
        await("processing goes on").atMost(Duration.ofSeconds(30)).until(() -> listed(cases));

        var rows = caseListRows(cases);
        rebuild.rebuild("case-list");
        await("the case list rebuilt from the events").atMost(Duration.ofSeconds(60))
                .until(() -> caseListRows(cases).equals(rows));
    }

    private record Held(CountDownLatch inserted, CompletableFuture<Void> committed) {
    }

    /** Opens a case in a transaction that stays open for a while after its event is inserted. */
    private Held openAndHold(UUID caseId, Duration hold) {
        var inserted = new CountDownLatch(1);
        var committed = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    open(caseId);
                    inserted.countDown();
                    sleep(hold);
                }));
        return new Held(inserted, committed);
    }

    private UUID open(UUID caseId) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new OpenCase(caseId,
                List.of(new FamilyMember(UUID.randomUUID(), MemberRole.CHILD, "Eetu", LocalDate.of(2018, 3, 4))),
                KEY_WORKER.professionalId(), UUID.randomUUID(), FamilyLanguage.FINNISH)).andMetaData(KEY_WORKER.toMetaData()));
        return caseId;
    }

    private boolean listed(List<UUID> cases) {
        return jdbc.queryForObject("SELECT count(*) FROM case_list_case WHERE case_id = ANY(?)", Integer.class,
                (Object) cases.toArray(UUID[]::new)) == cases.size();
    }

    private List<String> caseListRows(List<UUID> cases) {
        return jdbc.queryForList("""
                SELECT row_to_json(c)::text AS r FROM case_list_case c WHERE case_id = ANY(?) ORDER BY r""",
                String.class, (Object) cases.toArray(UUID[]::new));
    }

    /** Holding a transaction open is what this test is about; there is no condition to wait on. */
    private static void sleep(Duration hold) {
        try {
            Thread.sleep(hold.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
