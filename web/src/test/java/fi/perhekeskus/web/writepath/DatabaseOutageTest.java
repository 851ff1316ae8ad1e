package fi.perhekeskus.web.writepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import fi.perhekeskus.plan.SharedPlan;
import fi.perhekeskus.plan.ConsentEndDue;
import fi.perhekeskus.platform.database.EmbeddedDatabaseServer;
import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PageSession;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database dies under the application. While it is away, readiness says DOWN and every
 * request, sign-in and pages of a browser session (kept in the database) included, is told to try
 * again (503) within seconds, never 401 or 500, and no such sign-in counts toward throttling. The
 * embedded server is started again by itself, and within seconds of its return the application
 * serves again without a restart: commands are kept, the tracking views catch up, and a deadline
 * that fell due during the outage fires once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "familycentre.embedded-database.restart-delay=20s")
@ActiveProfiles("test")
class DatabaseOutageTest {

    /** A connection is waited for 3 s; the rest is the margin of a busy machine. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(8);

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedDatabaseServer database;

    @Autowired
    DeadlineManager deadlines;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whileTheDatabaseIsAwayEveryRequestIsToldToTryAgainAndAfterItsReturnAllIsServedAgain() {
        var api = new Api(port);
        var family = new Family(api);
        UUID consent = family.consentToSami();
        long acknowledged = version(family.caseId());
        var maija = PageSession.signIn(port, "maija");
        // Falls due while the database is away.
        scheduleConsentEnd(family.caseId(), consent, Instant.now().plusSeconds(3));

        database.postmaster().orElseThrow().destroyForcibly();

        var readiness = timed(() -> api.get("/readyz", null));
        assertThat(readiness.response().status()).isEqualTo(503);
        assertThat(readiness.response().http().body()).contains("DOWN");
        assertThat(readiness.took()).isLessThan(ANSWER_WITHIN);
        var command = timed(() -> family.recordNeed());
        assertThat(command.response().status()).isEqualTo(503);
        assertThat(command.response().header("Content-Type")).startsWith("application/problem+json");
        assertThat(command.response().header("Retry-After")).isNotBlank();
        assertThat(command.took()).isLessThan(ANSWER_WITHIN);
        var read = timed(() -> api.get(family.caseUrl(), "sami"));
        assertThat(read.response().status()).as("a sign-in that could not be checked").isEqualTo(503);
        var page = timed(() -> maija.get("/cases"));
        assertThat(page.response().status()).as("a page of a session kept in the database").isEqualTo(503);
        assertThat(page.response().header("Content-Type")).startsWith("text/html");
        assertThat(page.response().header("Retry-After")).isNotBlank();
        assertThat(page.took()).isLessThan(ANSWER_WITHIN);
        var signInPage = timed(() -> api.get("/signin", null, "Accept", "text/html"));
        assertThat(signInPage.response().status()).as("a page whose form would start a session").isEqualTo(503);
        assertThat(signInPage.response().header("Content-Type")).startsWith("text/html");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.get("/readyz", null).status() == 200);
        assertThat(version(family.caseId())).as("every change acknowledged before the outage is kept")
                .isEqualTo(acknowledged);
        assertThat(family.recordNeed().status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sign_in_failure", Long.class))
                .as("no sign-in met by the outage counts as a failed one").isZero();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> expiries(consent) == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> expiries(consent) == 1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                api.get("/api/v1/cases", "maija").http().body().contains(family.caseId().toString())
                        && openNeeds(family.caseId()) == 2);
    }

    private void scheduleConsentEnd(UUID caseId, UUID consent, Instant at) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> deadlines.schedule(at,
                SharedPlan.CONSENT_END, new ConsentEndDue(consent),
                new AggregateScopeDescriptor(SharedPlan.class.getSimpleName(), caseId.toString())));
    }

    private int expiries(UUID consent) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%ConsentExpired'
                AND convert_from(payload, 'UTF8')::jsonb ->> 'consentId' = ?""", Integer.class, consent.toString());
    }

    private long version(UUID caseId) {
        return jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, caseId.toString());
    }

    private int openNeeds(UUID caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM case_list_need WHERE case_id = ?", Integer.class, caseId);
    }

    private record Timed(Api.Response response, Duration took) {
    }

    private static Timed timed(java.util.function.Supplier<Api.Response> request) {
        long started = System.nanoTime();
        var response = request.get();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }
}
