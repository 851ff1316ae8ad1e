package fi.perhekeskus.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.accesslog.AccessEntry.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AccessLogTest {

    @Autowired
    AccessLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private final UUID caseId = UUID.randomUUID();

    @Test
    void aRowIsKeptExactlyWhenItsTransactionIs() {
        transaction.executeWithoutResult(status -> log.record(entry(Outcome.ALLOWED)));
        transaction.executeWithoutResult(status -> {
            log.record(entry(Outcome.REFUSED));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForList("SELECT outcome FROM access_log WHERE case_id = ?", String.class, caseId))
                .containsExactly("ALLOWED");
    }

    @Test
    void aRowCannotBeWrittenOutsideTheAccessItRecords() {
        assertThatThrownBy(() -> log.record(entry(Outcome.ALLOWED)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theLogIsAppendOnly() {
        transaction.executeWithoutResult(status -> log.record(entry(Outcome.ALLOWED)));
        for (String sql : new String[] {
                "UPDATE access_log SET outcome = 'REFUSED' WHERE case_id = '" + caseId + "'",
                "DELETE FROM access_log WHERE case_id = '" + caseId + "'",
                "TRUNCATE access_log"}) {
            assertThatThrownBy(() -> jdbc.execute(sql)).hasRootCauseInstanceOf(SQLException.class);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_log WHERE case_id = ?", Long.class, caseId))
                .isEqualTo(1);
    }

    @Test
    void noColumnCanHoldWhatTheFamilySaid() {
        assertThat(jdbc.queryForList("""
                SELECT column_name FROM information_schema.columns WHERE table_name = 'access_log'""", String.class))
                .containsExactlyInAnyOrder("id", "at", "professional_id", "username", "role", "case_id",
                        "view_or_command", "basis", "consent_ids", "outcome", "correlation_id");
    }

    private AccessEntry entry(Outcome outcome) {
        return new AccessEntry(UUID.randomUUID(), "maija", "KEY_WORKER", caseId, "GET /api/v1/cases/{caseId}",
                "KEY_WORKER", Set.of(UUID.randomUUID()), outcome, "access-log-test");
    }
}
