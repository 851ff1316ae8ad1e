package fi.perhekeskus.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import fi.perhekeskus.audit.versions.PastPlan;
import fi.perhekeskus.audit.versions.PastPlans;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PlanBodies;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Looking back at a long case: a family's plan of 2,000 events, built over HTTP by its key worker
 * and two specialists with every kind of change the plan records, a minute apart by the test's
 * clock. While it grows, the live case view is recorded at a moment of each round, as the key worker
 * and as a specialist see it. Afterwards the plan at each of those moments is the view the key worker
 * had then, and what the specialist could see then is what their own view showed; and looking back
 * neither writes nor locks a row of the live view.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanAtTwoThousandEventsApiTest {

    private static final int EVENTS = 2_000;
    private static final List<String> VIEW_TABLES = List.of("case_view_case", "case_view_family_member",
            "case_view_need", "case_view_agreement", "case_view_child_view", "case_view_support_action",
            "case_view_consent", "case_view_network_member", "case_view_invitation", "case_view_review");

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    ConsentPolicy policy;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PastPlans pastPlans;

    @Autowired
    PlatformTransactionManager transactions;

    private Api api;
    private String caseUrl;
    private UUID caseId;
    private String child;
    private String guardian;
    private String sami;
    private String outi;
    private long version;
    private final List<Moment> moments = new ArrayList<>();
    private final Set<Long> approvedVersions = new HashSet<>();

    /**
     * The live view at one moment of the case.
     *
     * @param asSpecialist what Sami's own view showed; null when he could not see the case
     */
    record Moment(Instant at, long version, JsonNode asKeyWorker, JsonNode asSpecialist) {
    }

    @BeforeAll
    void aLongCaseIsBuiltAndItsLiveViewRecordedAsItGrows() {
        GenericEventMessage.clock = clock;
        api = new Api(port);
        sami = professional("sami");
        outi = professional("outi");
        var opened = api.post("/api/v1/cases", "maija", """
                {"family": {"members": [{"role": "CHILD", "displayName": "Eetu", "birthDate": "2018-03-04"},
                                        {"role": "GUARDIAN", "displayName": "Anna"}]}}""");
        caseUrl = opened.header("Location");
        caseId = UUID.fromString(opened.json().get("id").asString());
        for (JsonNode member : api.get(caseUrl, "maija").json().get("family").get("members")) {
            if (member.get("role").asString().equals("CHILD")) {
                child = member.get("id").asString();
            } else {
                guardian = member.get("id").asString();
            }
        }
        for (int round = 1; version < EVENTS - 30; round++) {
            round(round);
        }
        while (version < EVENTS - 1) {
            post("/child-views", "maija", """
                    {"childId": "%s", "view": "Ei muuta", "howHeard": "CONVERSATION"}""".formatted(child));
        }
        record();
    }

    @AfterAll
    void eventsAreStampedByTheRealClockAgain() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void thePlanAtEachRecordedMomentIsWhatTheLiveViewShowedThen() {
        assertThat(api.get(caseUrl + "/history?size=1", "helena").json().get("totalItems").asLong()).isEqualTo(EVENTS);
        assertThat(moments).hasSizeGreaterThan(90);

        for (Moment moment : moments) {
            JsonNode then = lookBack(moment.at());

            assertThat(then.get("version").asLong()).as("version at %s", moment.at()).isEqualTo(moment.version());
            assertThat(comparable(then.get("plan"))).as("the plan at version %d", moment.version())
                    .isEqualTo(comparable(moment.asKeyWorker()));
            assertThat(sharedWithSami(then)).as("what Sami could see at version %d", moment.version())
                    .isEqualTo(moment.asSpecialist() == null ? Shared.NOTHING : new Shared(
                            ids(moment.asSpecialist().get("needs")), ids(moment.asSpecialist().get("consents"))));
        }
    }

    @Test
    void versionsListEveryEventAndMarkEachApproval() {
        JsonNode versions = api.get(caseUrl + "/plan/versions", "helena").json();

        assertThat(versions.get("versions")).hasSize(EVENTS);
        List<Long> marked = new ArrayList<>();
        versions.get("versions").forEach(each -> {
            if (!each.get("approval").isNull()) {
                marked.add(each.get("version").asLong());
            }
        });
        assertThat(marked).containsExactlyInAnyOrderElementsOf(approvedVersions);
        assertThat(versions.get("changedSinceApproval").asBoolean()).isTrue();
    }

    @Test
    void lookingBackWritesNoRowOfTheLiveViewNorLocksOne() {
        Map<String, List<String>> before = liveRows();
        long events = count("domain_event_entry");
        long disclosures = count("disclosure_log");
        long accessLog = count("access_log");
        Moment middle = moments.get(moments.size() / 2);

        lookBack(middle.at());
        assertThat(api.get(caseUrl + "/plan/diff?from=10&to=" + middle.version(), "helena").status()).isEqualTo(200);
        assertThat(api.get(caseUrl + "/plan/versions", "helena").status()).isEqualTo(200);

        assertThat(liveRows()).as("every live row, with the transactions that wrote and locked it")
                .isEqualTo(before);
        assertThat(count("domain_event_entry")).isEqualTo(events);
        assertThat(count("disclosure_log")).isEqualTo(disclosures);
        assertThat(count("access_log")).as("one row for each look, as for every read").isEqualTo(accessLog + 3);
    }

    @Test
    void aPastStateIsBuiltInAReadOnlyTransactionThatNeverNeedsATransactionId() {
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Moment early = moments.get(3);

        Long unwritten = readOnly.execute(status -> {
            assertThat(jdbc.queryForObject("SELECT current_setting('transaction_read_only')", String.class))
                    .isEqualTo("on");
            PastPlan then = pastPlans.at(caseId, early.at()).orElseThrow();
            assertThat(then.version()).isEqualTo(early.version());
            assertThat(pastPlans.diff(caseId, early.version(), EVENTS - 2)).isPresent();
            // PostgreSQL gives a transaction an id at its first write or row lock, and only then.
            return jdbc.queryForObject("SELECT pg_current_xact_id_if_assigned()::text::bigint", Long.class);
        });

        assertThat(unwritten).isNull();
    }

    /**
     * One round of the family's plan, about twenty events: a need in the family's words, agreed, a
     * child's view, consent to Sami and Sami joining for it, an action done by the key worker and one
     * by Sami, the need reworded and agreed again, Outi invited and declining, invited again and the
     * invitation withdrawn, a child's view of the whole plan, a review and the family's approval.
     * Every second round the consent to Sami is withdrawn, every third the need is closed, and every
     * fourth consent ends with the day, which the clock passes about every sixty rounds. The live
     * view is recorded after a different step in each round.
     */
    private void round(int round) {
        List<Runnable> steps = new ArrayList<>();
        String[] need = new String[1];
        String[] toSami = new String[1];
        steps.add(() -> need[0] = post("/needs", "maija", """
                {"description": "Tarve %d", "raisedBy": "%s", "concernsMemberIds": ["%s", "%s"]}"""
                .formatted(round, guardian, child, guardian)));
        steps.add(() -> agree(need[0]));
        steps.add(() -> post("/child-views", "maija", """
                {"childId": "%s", "needId": "%s", "view": "Haluan apua", "howHeard": "DRAWING"}"""
                .formatted(child, need[0])));
        steps.add(() -> toSami[0] = post("/consents", "maija", consent(sami, need[0], round % 4 == 0 ? 0 : 30)));
        steps.add(() -> post("/api/v1/invitations/" + invite(sami, need[0]) + "/acceptance", "sami", "{}"));
        steps.add(() -> post("/actions/" + action(need[0], "KEY_WORKER", professional("maija")) + "/completion",
                "maija", "{\"note\": \"Tehty\"}"));
        steps.add(() -> post("/actions/" + action(need[0], "NETWORK_MEMBER", sami) + "/completion", "sami",
                "{\"note\": \"Arvioitu\"}"));
        steps.add(() -> post("/needs/" + need[0] + "/revision", "maija", """
                {"description": "Tarve %d tarkennettuna"}""".formatted(round)));
        steps.add(() -> agree(need[0]));
        steps.add(() -> post("/consents", "maija", consent(outi, need[0], 30)));
        steps.add(() -> post("/api/v1/invitations/" + invite(outi, need[0]) + "/decline", "outi",
                "{\"reason\": \"Ei vapaita aikoja\"}"));
        steps.add(() -> post("/invitations/" + invite(outi, need[0]) + "/withdrawal", "maija", "{}"));
        steps.add(() -> post("/child-views", "maija", """
                {"childId": "%s", "view": "Koulussa on kivaa", "howHeard": "CONVERSATION"}""".formatted(child)));
        steps.add(() -> post("/reviews", "maija",
                PlanBodies.review(api, caseUrl, "maija", UUID.fromString(guardian), today(),
                        today().plusDays(30))));
        steps.add(() -> {
            approvedVersions.add(version);
            post("/approvals", "maija", "{\"approvedBy\": \"%s\", \"version\": %d}".formatted(guardian, version));
        });
        if (round % 2 == 0) {
            steps.add(() -> post("/consents/" + toSami[0] + "/withdrawal", "maija", """
                    {"withdrawnBy": "%s"}""".formatted(guardian)));
        }
        if (round % 3 == 0) {
            steps.add(() -> post("/needs/" + need[0] + "/closure", "maija", "{\"outcome\": \"MET\"}"));
        }
        int recordAfter = round % steps.size();
        for (int step = 0; step < steps.size(); step++) {
            steps.get(step).run();
            if (step == recordAfter) {
                record();
            }
        }
    }

    private void record() {
        var asSpecialist = api.get(caseUrl, "sami");
        assertThat(asSpecialist.status()).isIn(200, 404);
        JsonNode asKeyWorker = api.get(caseUrl, "maija").json();
        moments.add(new Moment(clock.instant(), asKeyWorker.get("version").asLong(), asKeyWorker,
                asSpecialist.status() == 200 ? asSpecialist.json() : null));
    }

    private JsonNode lookBack(Instant at) {
        var then = api.get(caseUrl + "/plan?at=" + at, "helena");
        assertThat(then.status()).isEqualTo(200);
        return then.json();
    }

    /** The needs and consents Sami could see, as the rights of the plan then say. */
    record Shared(Set<String> needIds, Set<String> consentIds) {

        static final Shared NOTHING = new Shared(Set.of(), Set.of());
    }

    private Shared sharedWithSami(JsonNode then) {
        for (JsonNode right : then.get("rights")) {
            if (right.get("professionalId").asString().equals(sami)) {
                Set<String> needIds = texts(right.get("needIds"));
                return needIds.isEmpty() ? Shared.NOTHING : new Shared(needIds, texts(right.get("consentIds")));
            }
        }
        return Shared.NOTHING;
    }

    /**
     * A plan for comparing: sets of ids (which the API writes as arrays in no particular order)
     * sorted, everything else as it is.
     */
    private static JsonNode comparable(JsonNode node) {
        JsonNode copy = node.deepCopy();
        sortIdSets(copy);
        return copy;
    }

    private static void sortIdSets(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (field.getKey().endsWith("Ids") && field.getValue() instanceof ArrayNode ids) {
                    List<String> sorted = new ArrayList<>(texts(ids));
                    sorted.sort(null);
                    ids.removeAll();
                    sorted.forEach(ids::add);
                } else {
                    sortIdSets(field.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(PlanAtTwoThousandEventsApiTest::sortIdSets);
        }
    }

    private static Set<String> ids(JsonNode items) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(text -> texts.add(text.asString()));
        return texts;
    }

    /** Each live row of the case's view with where it is and the transactions that wrote and locked it. */
    private Map<String, List<String>> liveRows() {
        Map<String, List<String>> rows = new TreeMap<>();
        VIEW_TABLES.forEach(table -> rows.put(table, jdbc.queryForList(
                "SELECT ctid::text || ' ' || xmin::text || ' ' || xmax::text FROM " + table
                        + " WHERE case_id = ? ORDER BY ctid", String.class, caseId)));
        return rows;
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private void agree(String need) {
        post("/needs/" + need + "/agreement", "maija", """
                {"memberId": "%s", "decision": "AGREED", "channel": "MEETING", "givenAt": "%s"}"""
                .formatted(guardian, clock.instant()));
    }

    private String consent(String recipient, String need, int days) {
        return """
                {"givenBy": "%s", "decision": "GRANT", "recipient": {"kind": "PROFESSIONAL", "id": "%s"},
                 "needIds": ["%s"], "purpose": "Tuki", "validUntil": "%s", "form": "WRITTEN"}"""
                .formatted(guardian, recipient, need, today().plusDays(days));
    }

    private String invite(String specialist, String need) {
        return post("/invitations", "maija", """
                {"specialistId": "%s", "needIds": ["%s"], "message": "Tervetuloa", "respondBy": "%s"}"""
                .formatted(specialist, need, today().plusDays(7)));
    }

    private String action(String need, String responsibleKind, String responsibleId) {
        return post("/actions", "maija", """
                {"needId": "%s", "description": "Tapaaminen", "dueDate": "%s",
                 "responsible": {"kind": "%s", "id": "%s"}}""".formatted(need, today().plusDays(7), responsibleKind,
                responsibleId));
    }

    /**
     * A command on the case (or, from {@code /api}, on an invitation) a minute after the last; the new
     * item's id, if it made one.
     */
    private String post(String path, String username, String body) {
        clock.advance(Duration.ofMinutes(1));
        var response = api.post(path.startsWith("/api") ? path : caseUrl + path, username, body);
        assertThat(response.status()).as(path + " " + response.http().body()).isBetween(200, 201);
        version = response.json().get("version").asLong();
        JsonNode id = response.json().get("id");
        return id == null || id.isNull() ? null : id.asString();
    }

    private LocalDate today() {
        return policy.today(clock);
    }

    private String professional(String username) {
        return api.get("/api/v1/professionals?q=" + username, "maija").json().get("items").get(0).get("id").asString();
    }
}
