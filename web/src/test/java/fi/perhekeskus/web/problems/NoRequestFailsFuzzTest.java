package fi.perhekeskus.web.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.PageSession;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import fi.perhekeskus.web.access.Situations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No request, however hostile, makes the application fail: whoever sends it (signed in with a
 * password, in a browser's session with or without its CSRF token, with junk credentials or none),
 * to whichever endpoint or page the application maps, with whatever path, parameters, headers and
 * body, the answer is below 500 and shows no stack trace, and a refused request (4xx) stores no
 * event. Requests are drawn by {@link HostileRequests} for every handler method there is.
 * <p>
 * A build sends {@value #DEFAULT_REQUESTS}; a longer campaign sets {@code -Dfuzz.requests=50000},
 * and {@code -DQT_SEED=...} repeats the run a failure or the log names (docs/fuzzing.md).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class NoRequestFailsFuzzTest {

    private static final int DEFAULT_REQUESTS = 3000;
    private static final List<String> USERS = List.of("maija", "jari", "sami", "outi", "helena");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Situations situations;

    @Autowired
    ProfessionalRepository directory;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noRequestFailsAndNoRefusedOneStoresAnEvent() {
        int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        long seed = Long.getLong("QT_SEED", System.nanoTime());
        var cases = Stream.of("east", "east", "west", "withdrawn", "departed").map(situations::build).toList();
        Map<String, PageSession> sessions = new HashMap<>();
        USERS.forEach(user -> sessions.put(user, PageSession.signIn(port, user)));
        var hostile = new HostileRequests(targets(), ids(cases), USERS, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        long started = System.nanoTime();

        qt().withFixedSeed(seed).withExamples(requests).withShrinkCycles(100).forAll(hostile.requests())
                .checkAssert(request -> {
                    long before = lastEvent();
                    HttpResponse<String> response = send(request, sessions);
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    assertThat(response.statusCode()).as("%s answered %s", request, response.body())
                            .isLessThan(500);
                    assertThat(response.body()).as("%s showed a stack trace", request)
                            .doesNotContainPattern("\\sat [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");
                    if (response.statusCode() >= 400) {
                        assertThat(lastEvent()).as("%s was refused but stored an event", request).isEqualTo(before);
                    }
                });

        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Fuzzed %d requests in %.1f s (%.0f a second), seed %d (-DQT_SEED=%d repeats it); statuses: %s%n",
                statuses.values().stream().mapToInt(Integer::intValue).sum(), seconds,
                statuses.values().stream().mapToInt(Integer::intValue).sum() / seconds, seed, seed,
                new TreeMap<>(statuses));
    }

    /** Every handler method at every path and method it maps; one that names no method takes GET and POST. */
    private List<HostileRequests.Target> targets() {
        var targets = new ArrayList<HostileRequests.Target>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    targets.add(new HostileRequests.Target(method.name(), pattern, handler));
                }
            }
        });
        assertThat(targets).extracting(HostileRequests.Target::pattern)
                .contains("/api/v1/cases/{caseId}/needs", "/cases/{caseId}/needs", "/access-log", "/error");
        return targets;
    }

    /** The cases' real ids, by the names of the path variables and fields that take them. */
    private Map<String, List<String>> ids(List<Situations.Case> cases) {
        var ids = new HashMap<String, List<String>>();
        for (Situations.Case plan : cases) {
            add(ids, plan.caseId(), "caseId");
            add(ids, plan.needA(), "needId", "needIds");
            add(ids, plan.needB(), "needId", "needIds");
            add(ids, plan.action(), "actionId");
            add(ids, plan.consent(), "consentId");
            add(ids, plan.invitation(), "invitationId");
            for (var family : List.of(plan.guardian(), plan.child())) {
                add(ids, family, "memberId", "childId", "givenBy", "withdrawnBy", "approvedBy", "concernsMemberIds",
                        "raisedBy", "id");
            }
            for (var professional : List.of(plan.member(), plan.invitee(), plan.invitable())) {
                add(ids, professional.getId(), "professionalId", "specialistId", "id");
                add(ids, professional.getUnitId(), "unitId", "id");
            }
            for (var keyWorker : List.of(plan.keyWorker(), plan.otherKeyWorker())) {
                add(ids, keyWorker.getId(), "newKeyWorkerId", "keyWorkerId", "professionalId", "id");
            }
        }
        directory.findAll().forEach(professional -> add(ids, professional.getId(), "professionalId"));
        ids.put("raisedBy", Stream.concat(ids.get("raisedBy").stream(), Stream.of("KEY_WORKER")).toList());
        return ids;
    }

    private static void add(Map<String, List<String>> ids, Object id, String... names) {
        for (String name : names) {
            ids.merge(name, List.of(id.toString()), (was, more) -> Stream.concat(was.stream(), more.stream())
                    .distinct().toList());
        }
    }

    private HttpResponse<String> send(HostileRequests.Request request, Map<String, PageSession> sessions) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
                .timeout(Duration.ofSeconds(60));
        var cookies = new ArrayList<String>();
        String body = request.body();
        for (int i = 0; i < request.headers().size(); i += 2) {
            String name = request.headers().get(i);
            String value = request.headers().get(i + 1);
            if (name.equals("Cookie")) {
                cookies.add(value);
            } else {
                builder.setHeader(name, value);
            }
        }
        String[] who = request.who().split(":", 2);
        switch (who[0]) {
            case "basic" -> builder.setHeader("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((who[1] + ":" + who[1] + "-demo").getBytes(StandardCharsets.UTF_8)));
            case "junk" -> builder.setHeader("Authorization", who[1]);
            case "session" -> {
                PageSession session = sessions.get(who[1]);
                cookies.add("JSESSIONID=" + session.session());
                if (request.token()) {
                    builder.setHeader("X-CSRF-TOKEN", session.csrfToken());
                    body = body != null && request.headers().contains("application/x-www-form-urlencoded")
                            ? body + "&_csrf=" + session.csrfToken() : body;
                }
            }
            default -> {
            }
        }
        if (!cookies.isEmpty()) {
            builder.setHeader("Cookie", String.join("; ", cookies));
        }
        builder.method(request.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException noAnswer) {
            throw new AssertionError(request + " got no answer", noAnswer);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The newest event's position in the store: it moves only when something is stored. */
    private long lastEvent() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    }
}
