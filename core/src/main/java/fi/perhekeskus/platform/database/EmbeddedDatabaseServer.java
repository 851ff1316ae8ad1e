package fi.perhekeskus.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default's PostgreSQL server, started from the binaries on the classpath.
 *
 * <ul>
 * <li>It is durable where the data is kept: {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} are on, so a crash of the machine loses no acknowledged command. The
 * ephemeral mode of tests and benchmarks, whose data is thrown away, turns {@code fsync} and
 * {@code full_page_writes} off: a killed server loses nothing it acknowledged, a crashed machine
 * may.</li>
 * <li>It listens on the loopback address only and asks every role for its password.</li>
 * <li>A server left running by an earlier run of the application that was killed (its
 * {@code postmaster.pid} names a live process) is stopped before this one starts on the same data
 * directory; PostgreSQL's crash recovery does the rest.</li>
 * <li>If the server dies while the application runs, it is started again on the same port.</li>
 * </ul>
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration ORPHAN_STOP = Duration.ofSeconds(30);
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(500);

    private final Path directory;
    private final boolean ephemeral;
    private final Duration restartDelay;
    private final int port;
    private final EmbeddedCredentials credentials;
    private final Map<String, String> settings;
    private final ScheduledExecutorService watchdog;
    private volatile EmbeddedPostgres server;
    private volatile ProcessHandle postmaster;
    private volatile long diedAt;
    private volatile boolean closed;

    private EmbeddedDatabaseServer(Path directory, boolean ephemeral, Duration restartDelay, int port,
                                   EmbeddedCredentials credentials, Map<String, String> settings) {
        this.directory = directory;
        this.settings = settings;
        this.ephemeral = ephemeral;
        this.restartDelay = restartDelay;
        this.port = port;
        this.credentials = credentials;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    static EmbeddedDatabaseServer start(EmbeddedDatabaseProperties properties) {
        try {
            Path directory = properties.ephemeral()
                    ? Files.createTempDirectory("familycentre-pg")
                    : properties.directory().toAbsolutePath();
            stopOrphanedServer(directory);
            boolean initialised = Files.exists(directory.resolve("postgresql.conf"));
            var credentials = EmbeddedCredentials.readFrom(directory).orElseGet(EmbeddedCredentials::generate);
            var server = new EmbeddedDatabaseServer(directory, properties.ephemeral(), properties.restartDelay(),
                    freePort(), credentials, properties.serverSettings());
            server.startServer(initialised);
            server.watchdog.scheduleWithFixedDelay(server::watch, WATCH_INTERVAL.toMillis(), WATCH_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in "
                    + properties.directory().toAbsolutePath() + "; delete that directory to reset it", e);
        }
    }

    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DatabaseRoles.DATABASE;
    }

    public String password(String role) {
        return credentials.password(role);
    }

    /** A connection source for one of the roles, with its password. */
    public DataSource dataSource(String role, String database) {
        return server.getDatabase(role, database, Map.of("password", credentials.password(role)));
    }

    /** The process of the server now running, for operators and for tests that stop it. */
    public Optional<ProcessHandle> postmaster() {
        return Optional.ofNullable(postmaster).filter(ProcessHandle::isAlive);
    }

    private void startServer(boolean initialised) throws IOException {
        boolean trustedBefore = initialised && EmbeddedCredentials.readFrom(directory).isEmpty();
        Path passwordFile = initialised ? null : credentials.superuserPasswordFile();
        try {
            server = builder(passwordFile).start();
        } catch (IllegalStateException noServer) {
            throw EmbeddedBinariesMissing.isTheCauseOf(noServer) ? new EmbeddedBinariesMissing(noServer) : noServer;
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        postmaster = readPostmaster(directory).orElseThrow(() -> new IOException("No postmaster.pid in " + directory));
        if (!initialised) {
            credentials.writeTo(directory);
        }
        if (trustedBefore) {
            requirePasswords();
        }
        createRolesAndDatabase();
        log.info("Embedded PostgreSQL on port {}, data in {}{}", port, directory,
                ephemeral ? " (thrown away at shutdown)" : "");
    }

    private EmbeddedPostgres.Builder builder(Path passwordFile) {
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP)
                // Stopped by this object's close, after Axon's processors: a JVM shutdown hook of its own would
                // stop the server while they still read the event store, and the exit would wait on them.
                .setRegisterShutdownHook(false)
                .setConnectConfig("password", credentials.password(EmbeddedCredentials.SUPERUSER))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256");
        // The library starts the server with -F (fsync off) and synchronous_commit off; a later -c of the
        // same setting overrides them. Without synchronous_commit a killed server loses commands it has
        // acknowledged, so only the ephemeral mode's protection against a crash of the machine goes.
        String durable = ephemeral ? "off" : "on";
        builder.setServerConfig("fsync", durable)
                .setServerConfig("full_page_writes", durable)
                .setServerConfig("synchronous_commit", "on");
        settings.forEach(builder::setServerConfig);
        if (passwordFile != null) {
            // initdb's own options, passed where the library adds its locale options: every role needs a
            // password from the very first start, and the superuser's is set by initdb itself.
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
        }
        return builder;
    }

    /**
     * A data directory made before passwords were required still trusts every local connection:
     * the roles get their passwords while it does, then it stops trusting.
     */
    private void requirePasswords() throws IOException {
        superuser(sql -> sql.execute("ALTER ROLE " + EmbeddedCredentials.SUPERUSER + " PASSWORD '"
                + credentials.password(EmbeddedCredentials.SUPERUSER) + "'"));
        Files.writeString(directory.resolve("pg_hba.conf"), """
                # Written by the family centre application: every connection needs its role's password.
                local   all   all                 scram-sha-256
                host    all   all   127.0.0.1/32  scram-sha-256
                host    all   all   ::1/128       scram-sha-256
                """);
        superuser(sql -> sql.execute("SELECT pg_reload_conf()"));
        credentials.writeTo(directory);
        log.warn("The embedded database in {} trusted every local connection; its roles now need passwords", directory);
    }

    /** Idempotent, because the data directory survives restarts. */
    private void createRolesAndDatabase() {
        superuser(sql -> {
            for (String role : List.of(DatabaseRoles.OWNER, DatabaseRoles.APPLICATION)) {
                sql.execute("""
                        DO $$ BEGIN
                          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s LOGIN; END IF;
                        END $$""".formatted(role));
                sql.execute("ALTER ROLE " + role + " PASSWORD '" + credentials.password(role) + "'");
            }
            var exists = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DatabaseRoles.DATABASE + "'");
            if (!exists.next()) {
                sql.execute("CREATE DATABASE " + DatabaseRoles.DATABASE + " OWNER " + DatabaseRoles.OWNER);
            }
        });
    }

    private interface Sql {
        void run(Statement sql) throws SQLException;
    }

    private void superuser(Sql work) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            work.run(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database's roles", e);
        }
    }

    /** Restarts a server that died, after a pause that lets its last processes go. */
    private synchronized void watch() {
        if (closed || postmaster.isAlive()) {
            diedAt = 0;
            return;
        }
        long now = System.nanoTime();
        if (diedAt == 0) {
            diedAt = now;
            log.warn("The embedded PostgreSQL (process {}) has stopped; starting it again in {}", postmaster.pid(),
                    restartDelay);
            return;
        }
        if (now - diedAt < restartDelay.toNanos()) {
            return;
        }
        try {
            closeQuietly(server);
            startServer(true);
            diedAt = 0;
            log.info("The embedded PostgreSQL is running again");
        } catch (IOException | RuntimeException e) {
            diedAt = now;
            log.warn("Could not start the embedded PostgreSQL again yet", e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        watchdog.shutdownNow();
        closeQuietly(server);
        if (ephemeral) {
            try {
                FileSystemUtils.deleteRecursively(directory);
            } catch (IOException e) {
                log.warn("Could not delete the embedded database's temporary directory {}", directory, e);
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL", e);
        }
    }

    /**
     * A server that an earlier run started on this data directory and did not stop (the JVM was
     * killed) still holds it. It is asked to stop at once, rolling back what it had open (SIGINT,
     * PostgreSQL's fast shutdown), and is killed if it will not; PostgreSQL recovers either way when
     * this run starts it.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Optional<ProcessHandle> orphan = readPostmaster(directory).filter(ProcessHandle::isAlive);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("A PostgreSQL server (process {}) from an earlier run still holds {}; stopping it", process.pid(),
                directory);
        signal(process, "INT");
        try {
            try {
                process.onExit().get(ORPHAN_STOP.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException stillRunning) {
                process.destroyForcibly();
                process.onExit().get(ORPHAN_STOP.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Could not wait for the earlier PostgreSQL server to stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the earlier PostgreSQL server", e);
        }
    }

    /** The server whose process id heads postmaster.pid, if that process is a PostgreSQL server. */
    static Optional<ProcessHandle> readPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
    }

    /** Java signals only TERM (a shutdown that waits for every client) and KILL. */
    private static void signal(ProcessHandle process, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while signalling process " + process.pid(), e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
