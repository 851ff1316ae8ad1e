package fi.perhekeskus.web.writepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's process is killed (kill -9) while clients send it commands. Its next start on
 * the same data directory recovers by itself, though the embedded PostgreSQL of the killed run is
 * still running: every command that was answered with success is stored exactly once, one that got
 * no answer can be sent again with its Idempotency-Key and is then stored exactly once, and the
 * views equal a rebuild from the events. A clean stop and start follow on the same directory.
 */
class KillDashNineTest {

    private static final int CLIENTS = 3;

    @TempDir
    Path directory;

    /** A command sent with its Idempotency-Key, and whether it was answered with success. */
    private record Sent(String key, String correlationId, int status) {
    }

    @Test
    void theNextStartAfterKillDashNineRecoversByItselfAndKeepsEveryAcknowledgedCommandOnce() throws Exception {
        Path log = Files.createDirectories(Path.of("target", "kill-9")).resolve("application.log");
        try (var app = new ChildApplication(directory.resolve("data"), log).start()) {
            var family = new Family(app.api());
            List<Sent> sent = new CopyOnWriteArrayList<>();
            var sending = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int client = 0; client < CLIENTS; client++) {
                clients.submit(() -> {
                    while (sending.get()) {
                        sent.add(send(family));
                    }
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged(sent).size() >= 20);

            app.kill();
            sending.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            app.start();

            var store = new ViewsAndStore(new JdbcTemplate(app.database()));
            for (Sent command : acknowledged(sent)) {
                assertThat(store.eventsOf(command.correlationId())).as("events of acknowledged %s", command.key())
                        .isEqualTo(1);
            }
            for (Sent command : sent.stream().filter(command -> command.status() / 100 != 2).toList()) {
                var again = family.on(app.api()).recordNeed("Idempotency-Key", command.key(),
                        "X-Correlation-Id", "again-" + command.correlationId());
                assertThat(again.status()).as("%s sent again", command.key()).isEqualTo(201);
                assertThat(store.eventsOf(command.correlationId()) + store.eventsOf("again-" + command.correlationId()))
                        .as("events of %s, sent twice", command.key()).isEqualTo(1);
            }
            store.assertEventsNumberedWithoutGaps(List.of(family.caseId()));

            var views = store.viewRows(List.of(family.caseId()));
            app.stop();
            app.start("--familycentre.rebuild=" + String.join(",", ViewsAndStore.SUBSCRIBING));
            assertThat(new ViewsAndStore(new JdbcTemplate(app.database())).viewRows(List.of(family.caseId())))
                    .as("the views after a rebuild from the events").isEqualTo(views);
        }
    }

    private static Sent send(Family family) {
        String key = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        try {
            return new Sent(key, correlationId,
                    family.recordNeed("Idempotency-Key", key, "X-Correlation-Id", correlationId).status());
        } catch (RuntimeException noAnswer) {
            return new Sent(key, correlationId, 0);
        }
    }

    private static List<Sent> acknowledged(List<Sent> sent) {
        return sent.stream().filter(command -> command.status() / 100 == 2).toList();
    }
}
