package fi.perhekeskus.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema as Liquibase leaves it, read back from the migrated database. The context starting
 * at all means Hibernate validated every entity against it.
 */
@SpringBootTest
class SchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedDatabaseServer embeddedDatabase;

    @Autowired
    Environment environment;

    @Test
    void hibernateOnlyValidates() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    void noColumnIsALargeObject() {
        var oidColumns = jdbc.queryForList("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND udt_name = 'oid'""", String.class);
        assertThat(oidColumns).isEmpty();
    }

    @Test
    void serializedColumnsAreBytea() {
        var binaryColumns = jdbc.queryForList("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND data_type = 'bytea'""", String.class);
        assertThat(binaryColumns).contains("domain_event_entry.payload", "domain_event_entry.meta_data",
                "snapshot_event_entry.payload", "token_entry.token", "dead_letter_entry.payload",
                "scheduled_tasks.task_data");
    }

    @Test
    void globalIndexComesFromItsOwnSequenceIncrementingByOne() {
        var increment = jdbc.queryForObject("""
                SELECT increment_by FROM pg_sequences
                WHERE sequencename = 'domain_event_entry_global_index_seq'""", Long.class);
        assertThat(increment).isEqualTo(1L);
        var usedBy = jdbc.queryForList("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE column_default LIKE '%domain_event_entry_global_index_seq%'""", String.class);
        assertThat(usedBy).containsExactly("domain_event_entry.global_index");
    }

    @Test
    void applicationRoleOwnsNoTable() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(DatabaseRoles.APPLICATION);
        assertThat(jdbc.queryForList("SELECT tablename FROM pg_tables WHERE tableowner = current_user",
                String.class)).isEmpty();
    }

    @Test
    void applicationRoleCannotUpdateDeleteOrTruncateEvents() {
        insertEvent("app-role-test");
        for (String sql : rewrites("app-role-test")) {
            assertThatThrownBy(() -> execute(dataSource, sql)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        assertThat(jdbc.queryForObject(
                "SELECT payload_type FROM domain_event_entry WHERE event_identifier = 'app-role-test'", String.class))
                .isEqualTo("Test");
    }

    @Test
    void evenTheTableOwnerCannotRewriteEvents() {
        insertEvent("owner-test");
        var owner = embeddedDatabase.dataSource(DatabaseRoles.OWNER, DatabaseRoles.DATABASE);
        for (String sql : rewrites("owner-test")) {
            assertThatThrownBy(() -> execute(owner, sql)).hasMessageContaining("append-only");
        }
    }

    private void insertEvent(String id) {
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload) VALUES (?, ?, 0, 'Test', '2026-11-22T10:15:30Z', 'Test', ?)""",
                id, id, "{}".getBytes());
    }

    private static String[] rewrites(String id) {
        return new String[] {
                "UPDATE domain_event_entry SET payload_type = 'Changed' WHERE event_identifier = '" + id + "'",
                "DELETE FROM domain_event_entry WHERE event_identifier = '" + id + "'",
                "TRUNCATE domain_event_entry"};
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
