package fi.perhekeskus.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default's server: durable where the data is kept, reachable from this machine
 * only and with passwords, and it recovers by itself from a server left behind by a killed run
 * and from its own death.
 */
class EmbeddedDatabaseServerTest {

    @TempDir
    Path directory;

    @Test
    void everyRoleNeedsItsPasswordAndOnlyTheLoopbackAddressIsListenedOn() throws IOException, SQLException {
        try (var server = EmbeddedDatabaseServer.start(persistent())) {
            for (String role : List.of(EmbeddedCredentials.SUPERUSER, DatabaseRoles.OWNER, DatabaseRoles.APPLICATION)) {
                assertThatThrownBy(() -> connect(server, role, null)).as(role + " without a password")
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> connect(server, role, "guess")).as(role + " with a wrong password")
                        .isInstanceOf(SQLException.class);
                assertThat(connect(server, role, server.password(role))).isEqualTo(role);
            }
            var settings = new JdbcTemplate(server.dataSource(DatabaseRoles.OWNER, DatabaseRoles.DATABASE));
            assertThat(settings.queryForObject("SHOW listen_addresses", String.class)).isEqualTo("localhost");
            assertThat(Files.getPosixFilePermissions(directory.resolve(EmbeddedCredentials.FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void keptDataSurvivesACrashOfTheMachineAndThrowAwayDataAKilledServer() {
        try (var server = EmbeddedDatabaseServer.start(persistent())) {
            assertThat(durability(server)).containsExactly("on", "on", "on");
        }
        try (var server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(directory, true,
                Duration.ofSeconds(1), Map.of()))) {
            assertThat(durability(server)).containsExactly("off", "on", "off");
        }
    }

    @Test
    void aServerLeftRunningByAKilledRunIsStoppedAndTheDataRecovered() throws Exception {
        Path pgCtl;
        try (var server = EmbeddedDatabaseServer.start(persistent())) {
            new JdbcTemplate(server.dataSource(DatabaseRoles.OWNER, DatabaseRoles.DATABASE))
                    .execute("CREATE TABLE kept AS SELECT 42 AS answer");
            pgCtl = Path.of(server.postmaster().orElseThrow().info().command().orElseThrow()).resolveSibling("pg_ctl");
        }
        // What a killed run leaves behind: a server on the data directory that nobody here started.
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var start = new java.util.ArrayList<>(List.of(pgCtl.toString(), "start", "-w", "-D", directory.toString(),
                "-o", "-p " + port));
        if (new com.sun.security.auth.module.UnixSystem().getUid() == 0) {
            // PostgreSQL refuses to run as root; the embedded library runs it in a user namespace too.
            start.addAll(0, List.of("unshare", "-U"));
        }
        var orphan = new ProcessBuilder(start).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(orphan.waitFor()).isZero();
        long orphanPid = EmbeddedDatabaseServer.readPostmaster(directory).orElseThrow().pid();

        try (var server = EmbeddedDatabaseServer.start(persistent())) {
            assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).as("the orphan").isEmpty();
            assertThat(new JdbcTemplate(server.dataSource(DatabaseRoles.OWNER, DatabaseRoles.DATABASE))
                    .queryForObject("SELECT answer FROM kept", Integer.class)).isEqualTo(42);
        }
    }

    @Test
    void aServerThatDiesIsStartedAgainOnTheSamePort() {
        try (var server = EmbeddedDatabaseServer.start(persistent())) {
            var jdbc = new JdbcTemplate(server.dataSource(DatabaseRoles.OWNER, DatabaseRoles.DATABASE));
            jdbc.execute("CREATE TABLE kept AS SELECT 42 AS answer");
            ProcessHandle first = server.postmaster().orElseThrow();

            first.destroyForcibly();

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> server.postmaster().orElseThrow().pid() != first.pid()
                            && jdbc.queryForObject("SELECT answer FROM kept", Integer.class) == 42);
        }
    }

    @Test
    void aDataDirectoryThatTrustedEveryLocalConnectionNeedsPasswordsFromItsNextStart() throws IOException {
        try (var trusting = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            new JdbcTemplate(trusting.getPostgresDatabase()).execute("CREATE TABLE kept AS SELECT 42 AS answer");
        }

        try (var server = EmbeddedDatabaseServer.start(persistent())) {
            assertThatThrownBy(() -> connect(server, EmbeddedCredentials.SUPERUSER, null))
                    .isInstanceOf(SQLException.class);
            assertThat(new JdbcTemplate(server.dataSource(EmbeddedCredentials.SUPERUSER, "postgres"))
                    .queryForObject("SELECT answer FROM kept", Integer.class)).isEqualTo(42);
        }
    }

    private EmbeddedDatabaseProperties persistent() {
        return new EmbeddedDatabaseProperties(directory, false, Duration.ofSeconds(1), Map.of());
    }

    private static List<String> durability(EmbeddedDatabaseServer server) {
        var jdbc = new JdbcTemplate(server.dataSource(DatabaseRoles.OWNER, DatabaseRoles.DATABASE));
        return List.of("fsync", "synchronous_commit", "full_page_writes").stream()
                .map(setting -> jdbc.queryForObject("SHOW " + setting, String.class)).toList();
    }

    /** @return the role the connection was made as */
    private static String connect(EmbeddedDatabaseServer server, String role, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", role);
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), properties);
             var result = connection.createStatement().executeQuery("SELECT current_user")) {
            result.next();
            return result.getString(1);
        }
    }
}
