package fi.perhekeskus.web.writepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fault campaign: the application runs as its own process on a kept data directory while
 * clients send it commands, each with an Idempotency-Key, and faults strike one after another:
 *
 * <ul>
 * <li>the application killed (kill -9) and started again on the same directory, its orphaned
 * PostgreSQL still running;</li>
 * <li>PostgreSQL stopped at once (SIGQUIT, as {@code pg_ctl stop -m immediate}), which the
 * application's embedded default starts again;</li>
 * <li>a stand-in for power loss: PostgreSQL's postmaster and every process of it killed with
 * SIGKILL.</li>
 * </ul>
 *
 * Afterwards every command answered with success is stored exactly once, every other one sent
 * again with its key is stored exactly once, no answer was a 5xx other than the outage's 503, each
 * plan's events are numbered without gaps, and the views equal a rebuild from the events. The build
 * runs one fault of each kind; {@code -Dcampaign.kills=30 -Dcampaign.database-stops=10
 * -Dcampaign.power-losses=10} is the full campaign (docs/fault-campaign.md). The counts and
 * recovery times are written to {@code target/fault-campaign/results.md}.
 */
class FaultCampaignTest {

    private static final int FAMILIES = 5;
    private static final Duration LOAD_BETWEEN_FAULTS = Duration.ofSeconds(2);
    private static final Duration RECOVERY_WITHIN = Duration.ofMinutes(3);

    @TempDir
    Path directory;

    /** A command sent with its Idempotency-Key, and its answer (0: none, the connection failed). */
    private record Sent(int family, String key, String correlationId, long sentAt, int status, String unexpected) {

        boolean acknowledged() {
            return status / 100 == 2;
        }
    }

    private enum Fault { KILL_APPLICATION, STOP_DATABASE, POWER_LOSS }

    private record Recovery(Fault fault, Duration took) {
    }

    @Test
    void noAcknowledgedCommandIsLostOrDuplicatedWhateverStrikes() throws Exception {
        Path output = Files.createDirectories(Path.of("target", "fault-campaign"));
        var faults = new ArrayList<Fault>();
        addTimes(faults, Fault.KILL_APPLICATION, Integer.getInteger("campaign.kills", 1));
        addTimes(faults, Fault.STOP_DATABASE, Integer.getInteger("campaign.database-stops", 1));
        addTimes(faults, Fault.POWER_LOSS, Integer.getInteger("campaign.power-losses", 1));
        int clients = Integer.getInteger("campaign.clients", 3);
        Instant started = Instant.now();

        try (var app = new ChildApplication(directory.resolve("data"), output.resolve("application.log")).start()) {
            List<Family> families = new ArrayList<>();
            for (int i = 0; i < FAMILIES; i++) {
                families.add(new Family(app.api()));
            }
            List<Sent> sent = new CopyOnWriteArrayList<>();
            var sending = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(clients);
            for (int client = 0; client < clients; client++) {
                load.submit(() -> {
                    while (sending.get()) {
                        int family = ThreadLocalRandom.current().nextInt(FAMILIES);
                        var answer = send(families.get(family).on(app.api()), family);
                        sent.add(answer);
                        if (answer.status() == 0) {
                            // The application is down: a client waits a moment before it tries again.
                            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
                        }
                    }
                });
            }

            List<Recovery> recoveries = new ArrayList<>();
            for (Fault fault : faults) {
                int before = acknowledged(sent);
                await().atMost(RECOVERY_WITHIN).until(() -> acknowledged(sent) >= before + 10);
                LockSupport.parkNanos(LOAD_BETWEEN_FAULTS.toNanos());
                recoveries.add(strike(fault, app, sent));
            }
            sending.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            await().atMost(RECOVERY_WITHIN).ignoreExceptions()
                    .until(() -> app.api().get("/readyz", null).status() == 200);

            var store = new ViewsAndStore(new JdbcTemplate(app.database()));
            int lost = 0;
            int duplicated = 0;
            Map<String, Integer> stored = store.eventsByCorrelationId();
            for (Sent command : sent) {
                int events = stored.getOrDefault(command.correlationId(), 0);
                if (command.acknowledged()) {
                    lost += events == 0 ? 1 : 0;
                    duplicated += events > 1 ? 1 : 0;
                } else {
                    String again = "again-" + command.correlationId();
                    var answer = families.get(command.family()).on(app.api())
                            .recordNeed("Idempotency-Key", command.key(), "X-Correlation-Id", again);
                    assertThat(answer.status()).as("%s sent again", command.key()).isEqualTo(201);
                    int total = events + store.eventsOf(again);
                    lost += total == 0 ? 1 : 0;
                    duplicated += total > 1 ? 1 : 0;
                }
            }
            List<UUID> cases = families.stream().map(Family::caseId).toList();
            store.assertEventsNumberedWithoutGaps(cases);
            var views = store.viewRows(cases);
            app.stop();
            app.start("--familycentre.rebuild=" + String.join(",", ViewsAndStore.SUBSCRIBING));
            var rebuilt = new ViewsAndStore(new JdbcTemplate(app.database())).viewRows(cases);

            var answers = sent.stream().collect(Collectors.groupingBy(command -> String.valueOf(command.status()),
                    TreeMap::new, Collectors.counting()));
            write(output.resolve("results.md"), started, sent, answers, lost, duplicated, recoveries);
            assertThat(lost).as("acknowledged commands lost").isZero();
            assertThat(duplicated).as("commands stored twice").isZero();
            assertThat(sent).as("answers 5xx other than 503").noneMatch(
                    command -> command.status() >= 500 && command.status() != 503);
            assertThat(rebuilt).as("the views after a rebuild from the events").isEqualTo(views);
        }
    }

    private Recovery strike(Fault fault, ChildApplication app, List<Sent> sent) throws IOException {
        long struck = System.nanoTime();
        switch (fault) {
            case KILL_APPLICATION -> {
                app.kill();
                app.start();
            }
            case STOP_DATABASE -> signal(postmaster(), "QUIT");
            case POWER_LOSS -> {
                ProcessHandle postmaster = postmaster();
                postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
                postmaster.destroyForcibly();
            }
        }
        // Recovered when a command sent after the fault is answered with success; one sent before it may
        // still be answered from what committed in time.
        await().atMost(RECOVERY_WITHIN).pollInterval(Duration.ofMillis(50)).until(() -> sent.stream()
                .anyMatch(command -> command.sentAt() > struck && command.acknowledged()));
        return new Recovery(fault, Duration.ofNanos(System.nanoTime() - struck));
    }

    private ProcessHandle postmaster() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(directory.resolve("data").resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow();
    }

    private static void signal(ProcessHandle process, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Sent send(Family family, int index) {
        String key = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        long sentAt = System.nanoTime();
        try {
            var answer = family.recordNeed("Idempotency-Key", key, "X-Correlation-Id", correlationId);
            boolean expected = answer.status() == 201 || answer.status() == 503;
            return new Sent(index, key, correlationId, sentAt, answer.status(),
                    expected ? null : Instant.now() + " " + answer.http().body());
        } catch (RuntimeException noAnswer) {
            return new Sent(index, key, correlationId, sentAt, 0, null);
        }
    }

    private static int acknowledged(List<Sent> sent) {
        return (int) sent.stream().filter(Sent::acknowledged).count();
    }

    private static void addTimes(List<Fault> faults, Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(fault);
        }
    }

    private static void write(Path file, Instant started, List<Sent> sent, Map<String, Long> answers, int lost,
                              int duplicated, List<Recovery> recoveries) throws IOException {
        var report = new StringBuilder();
        report.append("Fault campaign started ").append(started).append(", took ")
                .append(Duration.between(started, Instant.now()).toSeconds()).append(" s\n\n");
        report.append("| commands sent | acknowledged (2xx) | lost | duplicated | 5xx other than 503 |\n");
        report.append("|---|---|---|---|---|\n");
        report.append("| %d | %d | %d | %d | %d |%n".formatted(sent.size(), acknowledged(sent), lost, duplicated,
                sent.stream().filter(command -> command.status() >= 500 && command.status() != 503).count()));
        report.append("\nAnswers by status (0: no answer, the application was down): ").append(answers).append("\n\n");
        sent.stream().filter(command -> command.unexpected() != null)
                .forEach(command -> report.append("- unexpected: ").append(command.unexpected()).append("\n"));
        report.append("| fault | times | recovery median (s) | recovery max (s) |\n|---|---|---|---|\n");
        for (Fault fault : Fault.values()) {
            List<Double> took = recoveries.stream().filter(recovery -> recovery.fault() == fault)
                    .map(recovery -> recovery.took().toMillis() / 1000.0).sorted().toList();
            if (!took.isEmpty()) {
                report.append("| %s | %d | %.1f | %.1f |%n".formatted(fault, took.size(), took.get(took.size() / 2),
                        took.get(took.size() - 1)));
            }
        }
        Files.writeString(file, report);
    }
}
