package fi.perhekeskus.web.writepath;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import fi.perhekeskus.FamilyCentreApplication;
import fi.perhekeskus.platform.database.DatabaseRoles;
import fi.perhekeskus.web.Api;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application as its own process on the embedded default, keeping its data in a directory
 * that outlives the process, so that a test can kill it as an operating system would.
 */
final class ChildApplication implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private final Path dataDirectory;
    private final Path log;
    private volatile Process process;
    private volatile int port;

    ChildApplication(Path dataDirectory, Path log) {
        this.dataDirectory = dataDirectory;
        this.log = log;
    }

    /** Started and ready to serve, or the test fails with the process's log at hand. */
    ChildApplication start(String... arguments) {
        port = freePort();
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), FamilyCentreApplication.class.getName(),
                "--server.port=" + port, "--management.server.port=0",
                "--familycentre.embedded-database.directory=" + dataDirectory,
                "--logging.level.io.zonky.test.db.postgres=warn"));
        command.addAll(List.of(arguments));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(READY_WITHIN).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .failFast("the application exited; see " + log, () -> !process.isAlive())
                .until(() -> api().get("/readyz", null).status() == 200);
        return this;
    }

    Api api() {
        return new Api(port);
    }

    /** What kill -9 does: the JVM ends at once, its embedded PostgreSQL is left running. */
    void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    /** A polite stop (SIGTERM): the application shuts down and stops its PostgreSQL. */
    void stop() {
        process.destroy();
        process.onExit().join();
    }

    /** The data directory's database as the application role, for checks from outside. */
    DataSource database() {
        var credentials = new Properties();
        try (var in = Files.newBufferedReader(dataDirectory.resolve("familycentre-credentials.properties"))) {
            credentials.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            var postmaster = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            var source = new PGSimpleDataSource();
            source.setServerNames(new String[] {"localhost"});
            // postmaster.pid: pid, data directory, start time, port, ...
            source.setPortNumbers(new int[] {Integer.parseInt(postmaster.get(3).trim())});
            source.setDatabaseName(DatabaseRoles.DATABASE);
            source.setUser(DatabaseRoles.APPLICATION);
            source.setPassword(credentials.getProperty(DatabaseRoles.APPLICATION));
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
