package fi.perhekeskus.web.writepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import fi.perhekeskus.platform.axon.ProjectionRebuild;
import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import fi.perhekeskus.web.access.Situations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two commands on one case sent at the same moment, over the pairs where the order decides the
 * outcome. Whatever the order, the second is decided on what the first committed: never a 5xx,
 * every answered change has its events and every refused one none, a plan's events are numbered
 * without gaps, the views equal a rebuild from the events, and after a withdrawal's answer the
 * specialist it concerned no longer reads the need.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConflictPairsTest {

    /** 40 in the build; {@code -Dcampaign.rounds-per-pair=150} sends 1,050 pairs (docs/fault-campaign.md). */
    private static final int ROUNDS_PER_PAIR = Integer.getInteger("campaign.rounds-per-pair", 40);

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    Clock clock;

    private Api api;
    private ViewsAndStore store;
    private ExecutorService senders;
    private final List<UUID> cases = new ArrayList<>();

    /** One request of a pair: who sends what, and the correlation id its events will carry. */
    private record Sent(String username, String path, String body, String idempotencyKey, String correlationId) {

        static Sent of(String username, String path, String body) {
            return new Sent(username, path, body, null, UUID.randomUUID().toString());
        }

        Sent withIdempotencyKey(String key) {
            return new Sent(username, path, body, key, correlationId);
        }
    }

    private record Answered(Sent sent, Api.Response response) {

        int status() {
            return response.status();
        }

        boolean changed() {
            return status() / 100 == 2;
        }
    }

    private record Pair(String name, Function<Situations.Case, List<Sent>> requests) {
    }

    @BeforeAll
    void start() {
        api = new Api(port);
        store = new ViewsAndStore(jdbc);
        senders = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    void stop() {
        senders.shutdownNow();
    }

    @Test
    void theSecondOfTwoCommandsSentAtOnceIsDecidedOnWhatTheFirstCommitted() throws Exception {
        List<Answered> answers = new ArrayList<>();
        for (Pair pair : pairs()) {
            for (int round = 0; round < ROUNDS_PER_PAIR; round++) {
                var plan = situations.build("east");
                cases.add(plan.caseId());
                var answered = sendAtOnce(pair.requests().apply(plan));
                answers.addAll(answered);
                assertOutcome(pair.name(), plan, answered.get(0), answered.get(1));
            }
        }

        assertThat(answers).as("answers of 5xx").noneMatch(answer -> answer.status() >= 500);
        for (Answered answer : answers) {
            int events = store.eventsOf(answer.sent().correlationId());
            if (answer.changed() && answer.sent().idempotencyKey() == null) {
                assertThat(events).as("events of %s %s answered %d", answer.sent().username(), answer.sent().path(),
                        answer.status()).isPositive();
            } else if (!answer.changed()) {
                assertThat(events).as("events of the refused %s %s", answer.sent().username(), answer.sent().path())
                        .isZero();
            }
        }
        store.assertEventsNumberedWithoutGaps(cases);
        store.assertViewsEqualARebuild(cases, rebuild);
    }

    private List<Pair> pairs() {
        return List.of(
                new Pair("acceptance x consent withdrawal", plan -> List.of(
                        accept(plan), withdraw(plan, plan.inviteeConsent()))),
                new Pair("acceptance x membership end", plan -> List.of(
                        accept(plan), departure(plan, "maija", plan.invitee().getId()))),
                new Pair("departure x action completion", plan -> List.of(
                        departure(plan, "maija", plan.member().getId()),
                        Sent.of("sami", caseUrl(plan) + "/actions/" + plan.action() + "/completion", "{}"))),
                new Pair("need closure x action planning", plan -> List.of(
                        Sent.of("maija", caseUrl(plan) + "/needs/" + plan.needB() + "/closure", "{\"outcome\": \"MET\"}"),
                        planAction(plan))),
                new Pair("handover x invitation", plan -> List.of(
                        Sent.of("helena", caseUrl(plan) + "/key-worker-handover", """
                                {"newKeyWorkerId": "%s", "reason": "Vuorotteluvapaa"}"""
                                .formatted(plan.otherKeyWorker().getId())),
                        Sent.of("maija", caseUrl(plan) + "/invitations", """
                                {"specialistId": "%s", "needIds": ["%s"], "message": "Tervetuloa", "respondBy": "%s"}"""
                                .formatted(plan.invitable().getId(), plan.needA(), today().plusDays(7))))),
                new Pair("two withdrawals of one consent", plan -> List.of(
                        withdraw(plan, plan.consent()), withdraw(plan, plan.consent()))),
                new Pair("two idempotent replays", plan -> {
                    String key = UUID.randomUUID().toString();
                    return List.of(planAction(plan).withIdempotencyKey(key), planAction(plan).withIdempotencyKey(key));
                }));
    }

    private void assertOutcome(String pair, Situations.Case plan, Answered first, Answered second) {
        var statuses = List.of(first.status(), second.status());
        assertThat(statuses).as(pair).allMatch(status -> Set.of(200, 201, 404, 409).contains(status));
        switch (pair) {
            case "acceptance x consent withdrawal" -> {
                assertThat(second.status()).as(pair + ": the withdrawal").isEqualTo(200);
                var read = api.get(caseUrl(plan), "outi");
                assertThat(read.http().body()).as(pair + ": the invitee's read after the withdrawal")
                        .doesNotContain(Situations.NEED_A);
                var inbox = api.get("/api/v1/invitations", "outi").json().get("items");
                inbox.forEach(invitation -> {
                    if (invitation.get("caseId").asString().equals(plan.caseId().toString())) {
                        assertThat(invitation.toString()).as(pair + ": the invitee's inbox after the withdrawal")
                                .doesNotContain(Situations.NEED_A);
                    }
                });
            }
            case "acceptance x membership end" ->
                    assertThat(first.status()).as(pair + ": the acceptance").isEqualTo(200);
            case "handover x invitation" -> assertThat(first.status()).as(pair + ": the handover").isEqualTo(200);
            case "need closure x action planning", "two withdrawals of one consent" ->
                    assertThat(statuses).as(pair + ": exactly one is kept").filteredOn(status -> status / 100 == 2)
                            .hasSize(1);
            case "two idempotent replays" -> {
                assertThat(statuses).as(pair).containsOnly(201);
                assertThat(second.response().header("Location")).isEqualTo(first.response().header("Location"));
                assertThat(second.response().header("ETag")).isEqualTo(first.response().header("ETag"));
                assertThat(store.eventsOf(first.sent().correlationId()) + store.eventsOf(second.sent().correlationId()))
                        .as(pair + ": events stored").isEqualTo(1);
            }
            default -> {
            }
        }
    }

    private List<Answered> sendAtOnce(List<Sent> requests) throws Exception {
        var gate = new CountDownLatch(1);
        List<CompletableFuture<Answered>> answers = requests.stream()
                .map(sent -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(gate);
                    return new Answered(sent, send(sent));
                }, senders))
                .toList();
        gate.countDown();
        List<Answered> answered = new ArrayList<>();
        for (var answer : answers) {
            answered.add(answer.get());
        }
        return answered;
    }

    private Api.Response send(Sent sent) {
        List<String> headers = new ArrayList<>(List.of("X-Correlation-Id", sent.correlationId()));
        if (sent.idempotencyKey() != null) {
            headers.addAll(List.of("Idempotency-Key", sent.idempotencyKey()));
        }
        return api.post(sent.path(), sent.username(), sent.body(), headers.toArray(String[]::new));
    }

    private static void awaitQuietly(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String caseUrl(Situations.Case plan) {
        return "/api/v1/cases/" + plan.caseId();
    }

    private static Sent accept(Situations.Case plan) {
        return Sent.of("outi", "/api/v1/invitations/" + plan.invitation() + "/acceptance", "{}");
    }

    private static Sent withdraw(Situations.Case plan, UUID consent) {
        return Sent.of("maija", caseUrl(plan) + "/consents/" + consent + "/withdrawal",
                "{\"withdrawnBy\": \"%s\"}".formatted(plan.guardian()));
    }

    private static Sent departure(Situations.Case plan, String username, UUID professionalId) {
        return Sent.of(username, caseUrl(plan) + "/members/" + professionalId + "/departure", "{}");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private Sent planAction(Situations.Case plan) {
        return Sent.of("maija", caseUrl(plan) + "/actions", """
                {"needId": "%s", "description": "Unikoulu", "responsible": {"kind": "KEY_WORKER", "id": "%s"},
                 "dueDate": "%s"}""".formatted(plan.needB(), plan.keyWorker().getId(), today().plusDays(14)));
    }
}
