package fi.perhekeskus.accesslog;

import static fi.perhekeskus.accesslog.LogRows.T0;
import static fi.perhekeskus.accesslog.LogRows.access;
import static fi.perhekeskus.accesslog.LogRows.disclosure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import fi.perhekeskus.platform.database.DatabaseRoles;
import fi.perhekeskus.platform.database.EmbeddedDatabaseServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Both logs as the database keeps them: append-only, and with nowhere to put a family's words. */
@SpringBootTest
class LogTablesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedDatabaseServer embeddedDatabase;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AccessLog accessLog;

    @Autowired
    DisclosureLog disclosureLog;

    @ParameterizedTest
    @ValueSource(strings = {"access_log", "disclosure_log"})
    void theApplicationMayOnlyAppend(String table) {
        long rows = rowsAfterWritingOneTo(table);
        for (String sql : rewrites(table)) {
            assertThatThrownBy(() -> execute(dataSource, sql)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        assertThat(count(table)).isEqualTo(rows);
    }

    @ParameterizedTest
    @ValueSource(strings = {"access_log", "disclosure_log"})
    void evenTheTableOwnerIsRefused(String table) {
        long rows = rowsAfterWritingOneTo(table);
        var owner = embeddedDatabase.dataSource(DatabaseRoles.OWNER, DatabaseRoles.DATABASE);
        for (String sql : rewrites(table)) {
            assertThatThrownBy(() -> execute(owner, sql)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        assertThat(count(table)).isEqualTo(rows);
    }

    /** Free text is limited to who acted and what they opened; everything about the family is an id. */
    @Test
    void noAccessLogColumnCanHoldClientData() {
        assertThat(columns("access_log")).containsExactlyInAnyOrder("id int8", "at timestamptz",
                "professional_id uuid", "username varchar(100)", "role varchar(20)", "unit_id uuid", "case_id uuid",
                "view_or_command varchar(200)", "basis varchar(20)", "basis_consent_ids _uuid", "outcome varchar(10)",
                "correlation_id varchar(100)");
    }

    @Test
    void noDisclosureLogColumnCanHoldClientData() {
        assertThat(columns("disclosure_log")).containsExactlyInAnyOrder("id int8", "at timestamptz", "case_id uuid",
                "recipient_professional_id uuid", "recipient_unit_id uuid", "consent_ids _uuid", "member_ids _uuid",
                "need_ids _uuid", "what varchar(20)", "correlation_id varchar(100)", "source_event_id uuid",
                "recipient_participant_id uuid", "legal_basis varchar(40)", "plan_item_id uuid");
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("""
                SELECT column_name || ' ' || udt_name || coalesce('(' || character_maximum_length || ')', '')
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?""",
                String.class, table);
    }

    private long rowsAfterWritingOneTo(String table) {
        transaction.executeWithoutResult(status -> {
            if (table.equals("access_log")) {
                accessLog.record(access(T0, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
            } else {
                disclosureLog.record(disclosure(T0, UUID.randomUUID(), Set.of(UUID.randomUUID())));
            }
        });
        return count(table);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private static String[] rewrites(String table) {
        return new String[] {
                "UPDATE " + table + " SET correlation_id = 'rewritten'",
                "DELETE FROM " + table,
                "TRUNCATE " + table};
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
