package fi.perhekeskus.web.writepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import fi.perhekeskus.FamilyCentreApplication;
import fi.perhekeskus.plan.ConsentEndDue;
import fi.perhekeskus.plan.SharedPlan;
import fi.perhekeskus.platform.database.DatabaseRoles;
import fi.perhekeskus.platform.database.EmbeddedDatabaseServer;
import fi.perhekeskus.platform.instances.Instances;
import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.IdentityProvider;
import fi.perhekeskus.web.PageSession;
import org.axonframework.common.Registration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the application, each an application context with its own HTTP port, on one
 * PostgreSQL: the first is the embedded default, which starts the server; the second is configured
 * with that server's URL and roles, as every instance of a deployment is. The API signs in with the
 * identity provider's bearer tokens on both; a browser signs in with the demo password on the first.
 */
@TestMethodOrder(OrderAnnotation.class)
class TwoInstancesTest {

    private static final String CASE_LIST = "case-list";
    private static final IdentityProvider PROVIDER = new IdentityProvider();

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBoth() {
        first = start();
        var database = first.getBean(EmbeddedDatabaseServer.class);
        second = start("--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + DatabaseRoles.APPLICATION,
                "--spring.datasource.password=" + database.password(DatabaseRoles.APPLICATION),
                "--spring.liquibase.user=" + DatabaseRoles.OWNER,
                "--spring.liquibase.password=" + database.password(DatabaseRoles.OWNER),
                "--server.address=127.0.0.1");
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        var common = new ArrayList<>(List.of("--server.port=0",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + PROVIDER.publicKeyFile()));
        common.addAll(List.of(arguments));
        return new SpringApplicationBuilder(FamilyCentreApplication.class).profiles("test")
                .run(common.toArray(String[]::new));
    }

    @AfterAll
    static void stopBoth() {
        if (second != null && second.isActive()) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    @Order(1)
    void commandsOnTheSameCasesAlternatingBetweenTheInstancesAreAllKept() throws Exception {
        var one = Api.withTokensFrom(PROVIDER, port(first));
        var other = Api.withTokensFrom(PROVIDER, port(second));
        List<Family> families = List.of(new Family(one), new Family(one), new Family(one));
        Map<UUID, Set<String>> recorded = new ConcurrentHashMap<>();
        List<String> answers = Collections.synchronizedList(new ArrayList<>());
        int clients = 4;
        int commandsEach = 12;
        var pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int offset = client;
                running.add(pool.submit(() -> {
                    for (int command = 0; command < commandsEach; command++) {
                        Family family = families.get((offset + command) % families.size());
                        var answer = family.on(command % 2 == 0 ? one : other).recordNeed();
                        answers.add(answer.status() + " " + answer.http().body());
                        if (answer.status() == 201) {
                            recorded.computeIfAbsent(family.caseId(), id -> ConcurrentHashMap.newKeySet())
                                    .add(answer.json().get("id").asString());
                        }
                    }
                }));
            }
            for (var client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).as("no 5xx, and no 409 without If-Match").allMatch(answer -> answer.startsWith("201"));
        assertThat(recorded.values().stream().mapToInt(Set::size).sum()).isEqualTo(clients * commandsEach);
        for (Family family : families) {
            for (Api instance : List.of(one, other)) {
                String plan = instance.get(family.caseUrl(), "maija").http().body();
                assertThat(recorded.get(family.caseId())).as("every need recorded, on either instance")
                        .allMatch(plan::contains);
            }
        }
    }

    @Test
    @Order(2)
    void aBrowserSessionCarriesOnThroughTheOtherInstance() {
        var onFirst = PageSession.signIn(port(first), "maija");
        var onSecond = onFirst.on(port(second));

        var caseload = onSecond.get("/cases");
        assertThat(caseload.status()).isEqualTo(200);
        assertThat(caseload.http().body()).contains("action=\"/logout\"");
        assertThat(onSecond.post("/logout", Map.of()).status()).as("the session's form token is known there too")
                .isEqualTo(302);
        assertThat(onFirst.get("/cases").header("Location")).as("signed out on both").endsWith("/signin");
    }

    @Test
    @Order(3)
    void aConsentsEndFiresOnceThoughBothInstancesWatchTheDeadlines() {
        var api = Api.withTokensFrom(PROVIDER, port(first));
        Map<UUID, UUID> consents = new ConcurrentHashMap<>();
        for (int i = 0; i < 3; i++) {
            var family = new Family(api);
            consents.put(family.consentToSami(), family.caseId());
        }
        Map<UUID, AtomicInteger> fired = new ConcurrentHashMap<>();
        var watching = new ArrayList<Registration>();
        for (var instance : List.of(first, second)) {
            watching.add(instance.getBean(DeadlineManager.class).registerHandlerInterceptor((unitOfWork, chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof ConsentEndDue due) {
                    fired.computeIfAbsent(due.consentId(), id -> new AtomicInteger()).incrementAndGet();
                }
                return chain.proceed();
            }));
        }
        try {
            Instant due = Instant.now().plusSeconds(2);
            var transactions = new TransactionTemplate(first.getBean(PlatformTransactionManager.class));
            consents.forEach((consent, caseId) -> transactions.executeWithoutResult(status ->
                    first.getBean(DeadlineManager.class).schedule(due, SharedPlan.CONSENT_END, new ConsentEndDue(consent),
                            new AggregateScopeDescriptor(SharedPlan.class.getSimpleName(), caseId.toString()))));

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> consents.keySet().stream().allMatch(consent -> expiries(consent) == 1));
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(15)).until(() ->
                    consents.keySet().stream().allMatch(consent -> expiries(consent) == 1
                            && fired.getOrDefault(consent, new AtomicInteger()).get() == 1));
        } finally {
            watching.forEach(Registration::cancel);
        }
    }

    @Test
    @Order(4)
    void theTrackingSegmentsAreSharedAndAStoppedInstancesAreTakenOver() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                claimed(first).size() == 1 && claimed(second).size() == 1);
        assertThat(owners()).containsExactlyInAnyOrder(name(first), name(second));
        var family = new Family(Api.withTokensFrom(PROVIDER, port(first)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                Api.withTokensFrom(PROVIDER, port(second)).get("/api/v1/cases", "maija").http().body()
                        .contains(family.caseId().toString()));

        second.close();

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                claimed(first).size() == 2);
        assertThat(owners()).containsExactly(name(first));
        var afterwards = new Family(Api.withTokensFrom(PROVIDER, port(first)));
        afterwards.recordNeed();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                new JdbcTemplate(first.getBean(DataSource.class)).queryForObject(
                        "SELECT count(*) FROM case_list_need WHERE case_id = ?", Integer.class,
                        afterwards.caseId()) == 1);
    }

    private static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }

    private static String name(ConfigurableApplicationContext instance) {
        return instance.getBean(Instances.class).name();
    }

    private static Set<Integer> claimed(ConfigurableApplicationContext instance) {
        return new HashSet<>(instance.getBean(EventProcessingConfiguration.class)
                .eventProcessor(CASE_LIST, StreamingEventProcessor.class).orElseThrow().processingStatus().keySet());
    }

    private static List<String> owners() {
        return new JdbcTemplate(first.getBean(DataSource.class)).queryForList(
                "SELECT DISTINCT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL", String.class,
                CASE_LIST);
    }

    private static int expiries(UUID consent) {
        return new JdbcTemplate(first.getBean(DataSource.class)).queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%ConsentExpired'
                AND convert_from(payload, 'UTF8')::jsonb ->> 'consentId' = ?""", Integer.class, consent.toString());
    }
}
