package fi.perhekeskus.web.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import fi.perhekeskus.web.access.Situations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every command endpoint, given every kind of bad input docs/api.md names: each is a 4xx
 * {@code application/problem+json} that says what was wrong and gives nothing of the server's
 * insides away, and the case's events are exactly as they were.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final String TOO_LONG = "x".repeat(4001);

    /**
     * One command endpoint: a body it accepts, and which of its fields are required, an id, free
     * text, a closed set of values and a date or time (null where it has none). Paths of nested
     * fields are dotted, as the problem's {@code errors} name them.
     */
    private record Endpoint(String path, String body, String required, String id, String text, String choice,
                            String date) {

        /** Who may send it: the case's key worker, or for an answer to an invitation the invitee. */
        String caller() {
            return path.startsWith("/api/v1/invitations/") ? "outi" : "maija";
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/v1/cases", """
                    {"family": {"members": [{"role": "CHILD", "displayName": "Eetu", "birthDate": "2018-03-04"}]}}""",
                    "family", "keyWorkerId", "family.members[0].displayName", "family.members[0].role",
                    "family.members[0].birthDate"),
            new Endpoint("/api/v1/cases/{case}/family-members", """
                    {"role": "CHILD", "displayName": "Vauva", "birthDate": "2026-01-01"}""",
                    "displayName", null, "displayName", "role", "birthDate"),
            new Endpoint("/api/v1/cases/{case}/family-members/{guardian}/leaving", """
                    {"reason": "MOVED_OUT"}""", "reason", null, "note", "reason", null),
            new Endpoint("/api/v1/cases/{case}/family-members/{child}/correction", """
                    {"displayName": "Eetu", "birthDate": "2017-03-04"}""", "displayName", null, "displayName", null,
                    "birthDate"),
            new Endpoint("/api/v1/cases/{case}/family-language", """
                    {"code": "sv", "interpreterNeeded": true}""", "code", null, "code", null, null),
            new Endpoint("/api/v1/cases/{case}/key-worker-handover", """
                    {"newKeyWorkerId": "{otherKeyWorker}", "reason": "Siirto"}""",
                    "newKeyWorkerId", "newKeyWorkerId", "reason", null, null),
            new Endpoint("/api/v1/cases/{case}/needs", """
                    {"description": "Arki on raskasta", "raisedBy": "KEY_WORKER", "concernsMemberIds": ["{child}"]}""",
                    "description", "concernsMemberIds[0]", "description", null, null),
            new Endpoint("/api/v1/cases/{case}/needs/{needA}/revision", """
                    {"description": "Arki on yhä raskasta"}""", "description", null, "description", null, null),
            new Endpoint("/api/v1/cases/{case}/needs/{needA}/agreement", """
                    {"memberId": "{guardian}", "decision": "AGREED", "channel": "PHONE", "givenAt": "2026-01-01T10:00:00Z"}""",
                    "memberId", "memberId", "note", "decision", "givenAt"),
            new Endpoint("/api/v1/cases/{case}/needs/{needA}/closure", """
                    {"outcome": "MET"}""", "outcome", null, "note", "outcome", null),
            new Endpoint("/api/v1/cases/{case}/child-views", """
                    {"childId": "{child}", "needId": "{needA}", "view": "Kivaa", "howHeard": "CONVERSATION"}""",
                    "childId", "childId", "view", "howHeard", null),
            new Endpoint("/api/v1/cases/{case}/actions", """
                    {"needId": "{needA}", "description": "Arvio", "responsible": {"kind": "KEY_WORKER", "id": "{keyWorker}"},
                     "dueDate": "2030-01-01"}""", "needId", "needId", "description", "responsible.kind", "dueDate"),
            new Endpoint("/api/v1/cases/{case}/actions/{action}/completion", """
                    {"note": "Tehty"}""", null, null, "note", null, null),
            new Endpoint("/api/v1/cases/{case}/consents", """
                    {"givenBy": "{guardian}", "decision": "GRANT", "recipient": {"kind": "PROFESSIONAL", "id": "{member}"},
                     "needIds": ["{needA}"], "purpose": "Tuki", "validUntil": "2030-01-01", "form": "WRITTEN"}""",
                    "givenBy", "givenBy", "purpose", "form", "validUntil"),
            new Endpoint("/api/v1/cases/{case}/consents/{consent}/withdrawal", """
                    {"withdrawnBy": "{guardian}"}""", "withdrawnBy", "withdrawnBy", "note", null, null),
            new Endpoint("/api/v1/cases/{case}/invitations", """
                    {"specialistId": "{invitable}", "needIds": ["{needA}"], "message": "Tervetuloa", "respondBy": "2030-01-01"}""",
                    "specialistId", "specialistId", "message", null, "respondBy"),
            new Endpoint("/api/v1/cases/{case}/invitations/{invitation}/withdrawal", null, null, null, null, null, null),
            new Endpoint("/api/v1/invitations/{invitation}/acceptance", null, null, null, null, null, null),
            new Endpoint("/api/v1/invitations/{invitation}/decline", """
                    {"reason": "Ei aikaa"}""", "reason", null, "reason", null, null),
            new Endpoint("/api/v1/cases/{case}/members/{member}/departure", """
                    {"reason": "Jakso päättyi"}""", null, null, "reason", null, null),
            new Endpoint("/api/v1/cases/{case}/reviews", """
                    {"heldOn": "2026-01-01", "participants": ["Anna"], "summary": "Hyvä", "nextReviewOn": "2030-01-01"}""",
                    "heldOn", null, "summary", null, "nextReviewOn"),
            new Endpoint("/api/v1/cases/{case}/approvals", """
                    {"approvedBy": "{guardian}", "version": 1}""", "approvedBy", "approvedBy", null, null, null),
            new Endpoint("/api/v1/cases/{case}/closure", """
                    {"reason": "Tuki päättyi"}""", "reason", null, "reason", null, null));

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Situations.Case plan;
    private Api api;

    @BeforeAll
    void aCaseToSendTo() {
        plan = situations.build("east");
        api = new Api(port);
    }

    @Test
    void everyCommandEndpointOfTheApplicationIsInTheTable() {
        Set<String> posts = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                posts.addAll(info.getPatternValues());
            }
        });
        Set<String> covered = new TreeSet<>();
        ENDPOINTS.forEach(endpoint -> covered.add(PLACEHOLDER.matcher(endpoint.path()).replaceAll("{x}")));
        Set<String> api = new TreeSet<>();
        Set<String> pages = new TreeSet<>();
        posts.forEach(post -> (post.startsWith("/api/") ? api : pages)
                .add(PLACEHOLDER.matcher(post).replaceAll("{x}")));
        assertThat(covered).isEqualTo(api);
        // Each command on a case has its form at the same path for people, posting to the same service.
        assertThat(pages.stream().map(page -> "/api/v1" + page).toList())
                .containsExactlyInAnyOrderElementsOf(api.stream()
                        .filter(path -> path.startsWith("/api/v1/cases") || path.startsWith("/api/v1/invitations"))
                        .toList());
    }

    @Test
    void everyKindOfBadInputIsAClearProblemAndChangesNothing() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            String path = fill(endpoint.path());
            for (BadRequest bad : badRequests(endpoint, path)) {
                long events = events();
                var response = api.post(bad.path(), endpoint.caller(), bad.body(), bad.headers());
                String problem = problem(bad, response);
                if (problem == null && events() != events) {
                    problem = "stored an event";
                }
                if (problem != null) {
                    wrong.add(endpoint.path() + " with " + bad.what() + ": " + problem);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Query parameters PostgreSQL could not take: each named, before anything reads the database. */
    @Test
    void queryParametersThatCannotBeKeptOrComparedAreNamedProblems() {
        String caseId = plan.caseId().toString();
        var bad = List.of(
                new BadRequest("a NUL in the directory's search", "/api/v1/professionals?q=a%00b", null, 400, "q"),
                new BadRequest("an access log from before Java's first year",
                        "/api/v1/audit/access-log?from=-1000000000-01-01T00:00:00Z", null, 400, "from"),
                new BadRequest("an access log to the far future", "/api/v1/audit/access-log?to=+294277-01-01T00:00:00Z",
                        null, 400, "to"),
                new BadRequest("an access log from a garbled time", "/api/v1/audit/access-log?from=yesterday", null,
                        400, "from"),
                new BadRequest("a disclosure report from year 1",
                        "/api/v1/audit/disclosures?caseId=" + caseId + "&from=0001-01-01T00:00:00Z", null, 400, "from"),
                new BadRequest("the plan at a moment PostgreSQL has no date for",
                        "/api/v1/cases/" + caseId + "/plan?at=-4714-11-24T00:00:00Z", null, 400, "at"),
                new BadRequest("the plan at no moment", "/api/v1/cases/" + caseId + "/plan", null, 400, "at"),
                new BadRequest("a diff between no versions", "/api/v1/cases/" + caseId + "/plan/diff?from=a&to=b",
                        null, 400, "from"));
        List<String> wrong = new ArrayList<>();
        for (BadRequest request : bad) {
            String problem = problem(request, api.get(request.path(), "helena"));
            if (problem != null) {
                wrong.add(request.what() + ": " + problem);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theErrorAddressAskedDirectlyIsNotFoundNeverAFailure() {
        assertThat(api.get("/error", null, "Accept", "text/html").status()).isEqualTo(404);
        assertThat(api.get("/error", "maija").status()).isEqualTo(404);
        assertThat(api.post("/error", "maija", "{}").status()).isBetween(400, 499);
    }

    @Test
    void anAddressTheApiDoesNotHaveIsAProblemToo() {
        var bad = new BadRequest("an address the API does not have", "/api/v1/nope", null, 404, null);
        assertThat(problem(bad, api.get(bad.path(), plan.keyWorker().getUsername()))).isNull();
    }

    /** @param field the field the problem's {@code errors} must name, or null */
    private record BadRequest(String what, String path, String body, int status, String field, String... headers) {
    }

    private List<BadRequest> badRequests(Endpoint endpoint, String path) {
        String valid = endpoint.body() == null ? "{}" : fill(endpoint.body());
        List<BadRequest> bad = new ArrayList<>();
        bad.add(new BadRequest("a bad UUID in the path", badPathId(endpoint.path()), valid, 400, null));
        // HTTP's answer to an entity tag that matches no version of the plan, however it is spelled.
        bad.add(new BadRequest("an If-Match naming no version", path, valid, 412, null, "If-Match", "banana"));
        if (endpoint.body() == null) {
            return bad;
        }
        bad.add(new BadRequest("malformed JSON", path, "{\"oops\": ", 400, null));
        bad.add(new BadRequest("no body", path, "", 400, null));
        bad.add(new BadRequest("an unknown field", path, with(valid, "surprise", JSON.getNodeFactory().textNode("!")),
                400, null));
        bad.add(new BadRequest("text for JSON", path, valid, 415, null, "Content-Type", "text/plain"));
        bad.add(new BadRequest("any type for JSON", path, valid, 415, null, "Content-Type", "*/*"));
        bad.add(new BadRequest("any application type for JSON", path, valid, 415, null, "Content-Type", "application/*"));
        bad.add(new BadRequest("asking for XML", path, valid, 406, null, "Accept", "application/xml"));
        String someField = Stream.of(endpoint.required(), endpoint.text(), endpoint.id()).filter(f -> f != null)
                .findFirst().orElseThrow();
        bad.add(new BadRequest("a wrong type in " + someField, path,
                with(valid, someField, JSON.createObjectNode().put("nested", true)), 400, null));
        if (endpoint.required() != null) {
            bad.add(new BadRequest("no " + endpoint.required(), path, without(valid, endpoint.required()), 400,
                    endpoint.required()));
        }
        if (endpoint.text() != null) {
            bad.add(new BadRequest("too long a " + endpoint.text(), path,
                    with(valid, endpoint.text(), JSON.getNodeFactory().textNode(TOO_LONG)), 400, endpoint.text()));
        }
        if (endpoint.text() != null) {
            for (var unstorable : Map.of("a NUL", "Tuki\u0000kotiin", "half a surrogate pair", "Tuki \ud83d kotiin",
                    "a surrogate pair back to front", "Tuki \ude00\ud83d").entrySet()) {
                bad.add(new BadRequest(unstorable.getKey() + " in " + endpoint.text(), path,
                        with(valid, endpoint.text(), JSON.getNodeFactory().textNode(unstorable.getValue())), 400,
                        endpoint.text()));
            }
        }
        if (endpoint.date() != null) {
            boolean instant = endpoint.date().endsWith("At");
            for (String outOfRange : instant
                    ? List.of("-4714-11-24T00:00:00Z", "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "+294277-01-01T00:00:00Z")
                    : List.of("-4713-01-01", "1899-12-31", "2201-01-01", "99999-01-01", "+5874898-01-01")) {
                bad.add(new BadRequest(endpoint.date() + " " + outOfRange, path,
                        with(valid, endpoint.date(), JSON.getNodeFactory().textNode(outOfRange)), 400, endpoint.date()));
            }
        }
        if (endpoint.id() != null) {
            bad.add(new BadRequest("a bad UUID in " + endpoint.id(), path,
                    with(valid, endpoint.id(), JSON.getNodeFactory().textNode("not-a-uuid")), 400, null));
        }
        if (endpoint.choice() != null) {
            bad.add(new BadRequest("an unknown value of " + endpoint.choice(), path,
                    with(valid, endpoint.choice(), JSON.getNodeFactory().textNode("SOMETIMES")), 400, null));
        }
        return bad;
    }

    /** Null if the answer is the problem expected. */
    private static String problem(BadRequest bad, Api.Response response) {
        String body = response.http().body();
        if (response.status() != bad.status()) {
            return "got " + response.status() + " " + body;
        }
        if (body.contains("Exception") || body.contains("at fi.") || body.contains("java.")) {
            return "the body shows the server's insides: " + body;
        }
        if (bad.status() == 406) {
            // Nothing the client accepts can carry the problem; the status says it all.
            return null;
        }
        if (!String.valueOf(response.header("Content-Type")).startsWith("application/problem+json")) {
            return "not a problem: " + response.header("Content-Type");
        }
        JsonNode problem = response.json();
        for (String member : List.of("type", "title", "status", "detail")) {
            if (problem.get(member) == null) {
                return "no " + member + " in " + body;
            }
        }
        if (bad.field() != null && !body.contains("\"field\":\"" + bad.field() + "\"")) {
            return "errors do not name " + bad.field() + ": " + body;
        }
        return null;
    }

    private String badPathId(String template) {
        Matcher first = PLACEHOLDER.matcher(template);
        return first.find() ? fill(first.replaceFirst("not-a-uuid")) : fill(template).replace("/api/v1/cases",
                "/api/v1/cases/not-a-uuid/needs");
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, plan.caseId().toString());
    }

    private String fill(String template) {
        Map<String, String> values = plan.values();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        var filled = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(filled, values.get(placeholder.group(1)));
        }
        return placeholder.appendTail(filled).toString();
    }

    /** Written with every character past ASCII escaped, so that half a surrogate pair reaches the server as JSON spells it. */
    private static String with(String body, String field, JsonNode value) {
        ObjectNode root = (ObjectNode) JSON.readTree(body);
        set(root, field, value);
        return JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(root);
    }

    private static String without(String body, String field) {
        ObjectNode root = (ObjectNode) JSON.readTree(body);
        ((ObjectNode) parentOf(root, field)).remove(last(field));
        return root.toString();
    }

    private static void set(ObjectNode root, String field, JsonNode value) {
        JsonNode parent = parentOf(root, field);
        String last = last(field);
        if (last.endsWith("]")) {
            ((ArrayNode) parent.get(last.substring(0, last.indexOf('[')))).set(index(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    /** The node holding the last step of a dotted path such as {@code family.members[0].role}. */
    private static JsonNode parentOf(JsonNode root, String field) {
        JsonNode node = root;
        String[] steps = field.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            String step = steps[i];
            node = step.endsWith("]") ? node.get(step.substring(0, step.indexOf('['))).get(index(step)) : node.get(step);
        }
        return node;
    }

    private static String last(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1));
    }
}
