package fi.perhekeskus.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMX;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import fi.perhekeskus.bench.inside.ScaleMBean;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application as its own process, started as {@code java -jar} would start it (its own
 * classpath, without the load tool), on an ephemeral embedded PostgreSQL that writes a CSV log the
 * benchmark can read. The benchmark's classes are added to its classpath for the one component of
 * theirs that works inside it ({@link ScaleMBean}).
 */
final class RunningApplication implements AutoCloseable {

    private static final Pattern DATABASE = Pattern.compile("Embedded PostgreSQL on port (\\d+), data in (\\S+)");
    private static final Duration READY_WITHIN = Duration.ofMinutes(5);

    private final Process process;
    private final Path log;
    private final int port;
    private final int managementPort;
    private int databasePort;
    private Path dataDirectory;
    private JMXConnector jmx;

    private RunningApplication(Process process, Path log, int port, int managementPort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
    }

    static RunningApplication start(Path classpathFile, Path workDirectory, Path log) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        String classpath = Files.readString(classpathFile).strip() + File.pathSeparator + benchmarkClasses();
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseParallelGC",
                // Spring's stacks are deeper than Flight Recorder's default 64 frames (CommandProfile).
                "-XX:FlightRecorderOptions=stackdepth=256",
                "-cp", classpath, "fi.perhekeskus.FamilyCentreApplication",
                "--server.port=" + port, "--management.server.port=" + managementPort,
                "--familycentre.embedded-database.ephemeral=true",
                "--familycentre.embedded-database.server-settings.logging_collector=on",
                "--familycentre.embedded-database.server-settings.log_destination=csvlog",
                "--familycentre.embedded-database.server-settings.log_directory=log",
                "--familycentre.embedded-database.server-settings.log_filename=postgresql",
                "--logging.level.io.zonky.test.db.postgres=warn");
        var process = new ProcessBuilder(command).directory(workDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        var application = new RunningApplication(process, log, port, managementPort);
        application.awaitReady();
        return application;
    }

    private static Path benchmarkClasses() {
        try {
            return Path.of(ScaleMBean.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() throws IOException {
        Instant until = Instant.now().plus(READY_WITHIN);
        var client = HttpClient.newHttpClient();
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped; see " + log);
            }
            try {
                var answer = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/readyz")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    Matcher database = DATABASE.matcher(Files.readString(log, StandardCharsets.UTF_8));
                    if (!database.find()) {
                        throw new IllegalStateException("No embedded PostgreSQL in " + log);
                    }
                    databasePort = Integer.parseInt(database.group(1));
                    dataDirectory = Path.of(database.group(2));
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleepBriefly();
        }
        throw new IllegalStateException("The application was not ready within " + READY_WITHIN + "; see " + log);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String metricsUrl() {
        return "http://127.0.0.1:" + managementPort + "/actuator/prometheus";
    }

    long pid() {
        return process.pid();
    }

    int databasePort() {
        return databasePort;
    }

    Path postgresLog() {
        return dataDirectory.resolve("log").resolve("postgresql.csv");
    }

    /** The superuser of the embedded server, for the benchmark's own setup and pgbench. */
    String superuserPassword() {
        var credentials = new Properties();
        try (var in = Files.newBufferedReader(dataDirectory.resolve("familycentre-credentials.properties"))) {
            credentials.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return credentials.getProperty("postgres");
    }

    PGSimpleDataSource superuser() {
        var source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"localhost"});
        source.setPortNumbers(new int[] {databasePort});
        source.setDatabaseName("familycentre");
        source.setUser("postgres");
        source.setPassword(superuserPassword());
        return source;
    }

    /** CPU time the application's JVM has used so far (user and system), from /proc. */
    Duration cpuTime() {
        try {
            String[] stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat")).split(" ");
            long ticks = Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
            return Duration.ofMillis(ticks * 1000 / 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The benchmark's component inside the application, over JMX through the JVM's attach mechanism. */
    ScaleMBean scale() throws IOException {
        if (jmx == null) {
            String address;
            try {
                VirtualMachine vm = VirtualMachine.attach(String.valueOf(process.pid()));
                try {
                    address = vm.startLocalManagementAgent();
                } finally {
                    vm.detach();
                }
            } catch (AttachNotSupportedException e) {
                throw new IllegalStateException(e);
            }
            jmx = JMXConnectorFactory.connect(new JMXServiceURL(address));
        }
        try {
            return JMX.newMBeanProxy(jmx.getMBeanServerConnection(), new ObjectName(ScaleMBean.NAME), ScaleMBean.class);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JVM stopped (SIGSTOP) while pgbench runs alone on the server; its PostgreSQL keeps running. */
    void pause() {
        signal("STOP");
    }

    void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        resume();
        if (jmx != null) {
            jmx.close();
        }
        process.destroy();
        process.onExit().join();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
