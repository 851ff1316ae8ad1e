package fi.perhekeskus.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAccessQuery;
import fi.perhekeskus.access.CaseAction;
import fi.perhekeskus.access.Caller;
import fi.perhekeskus.access.ProfessionalAction;
import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PageSession;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint × every demo user × every situation of {@code authorization-matrix.txt}, through
 * HTTP with the users' own passwords, and each command's form page as the same user's browser
 * sees it. A command that is expected to succeed gets a case of its own,
 * so that no cell depends on another; refusals leave a case as it was and share one per situation.
 * Every cell is tried and all wrong ones are reported together.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class AuthorizationMatrixTest {

    private static final List<String> USERS = List.of("maija", "jari", "sami", "outi", "tuula", "helena", "pekka",
            "nobody");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** Bodies that every rule of the plan accepts in the situation they are sent in. */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("/api/v1/cases", """
                    {"family": {"members": [{"role": "CHILD", "displayName": "Matti", "birthDate": "2017-05-01"}]}}"""),
            Map.entry("/family-language", """
                    {"code": "sv", "interpreterNeeded": true}"""),
            Map.entry("/key-worker-handover", """
                    {"newKeyWorkerId": "{otherKeyWorker}", "reason": "Omatyöntekijä vaihtaa tiimiä"}"""),
            Map.entry("/family-members", """
                    {"role": "CHILD", "displayName": "Vauva", "birthDate": "{today}"}"""),
            Map.entry("/leaving", """
                    {"reason": "MOVED_OUT"}"""),
            Map.entry("/correction", """
                    {"displayName": "Eetu Elias", "birthDate": "2017-03-04"}"""),
            Map.entry("/needs", """
                    {"description": "Haluamme tukea arkeen", "raisedBy": "KEY_WORKER", "concernsMemberIds": ["{child}"]}"""),
            Map.entry("/revision", """
                    {"description": "Puhe ei vieläkään selkeydy"}"""),
            Map.entry("/agreement", """
                    {"memberId": "{guardian}", "decision": "DISAGREED", "channel": "PHONE", "givenAt": "{now}"}"""),
            Map.entry("/needs/{needB}/closure", """
                    {"outcome": "NO_LONGER_RELEVANT"}"""),
            Map.entry("/child-views", """
                    {"childId": "{child}", "needId": "{needA}", "view": "Haluan puhua niin että kaikki ymmärtää",
                     "howHeard": "CONVERSATION"}"""),
            Map.entry("/actions", """
                    {"needId": "{needA}", "description": "Puheterapeutin arvio",
                     "responsible": {"kind": "KEY_WORKER", "id": "{keyWorker}"}, "dueDate": "{inTwoWeeks}"}"""),
            Map.entry("/completion", "{}"),
            Map.entry("/consents", """
                    {"givenBy": "{guardian}", "decision": "GRANT", "recipient": {"kind": "PROFESSIONAL", "id": "{invitable}"},
                     "needIds": ["{needB}"], "purpose": "Unen tuki", "validUntil": "{inTwoWeeks}", "form": "WRITTEN"}"""),
            Map.entry("/consents/{consent}/withdrawal", """
                    {"withdrawnBy": "{guardian}"}"""),
            Map.entry("/cases/{case}/invitations", """
                    {"specialistId": "{invitable}", "needIds": ["{needA}"], "message": "Tervetuloa", "respondBy": "{inTwoWeeks}"}"""),
            Map.entry("/invitations/{invitation}/withdrawal", ""),
            Map.entry("/acceptance", "{}"),
            Map.entry("/decline", """
                    {"reason": "Ei vapaita aikoja tällä kaudella"}"""),
            Map.entry("/departure", """
                    {"reason": "Jakso päättyi"}"""),
            Map.entry("/reviews", """
                    {"heldOn": "{today}", "participants": ["Anna", "omatyöntekijä"], "summary": "Alku sujui",
                     "nextReviewOn": "{inTwoWeeks}"}"""),
            Map.entry("/approvals", """
                    {"approvedBy": "{guardian}", "version": {version}}"""),
            Map.entry("/cases/{case}/closure", """
                    {"reason": "Tuki päättyi"}"""));

    /**
     * Which action of the permission table each endpoint about a case is. Who may do it is the
     * table's ({@link CaseAction}): every refusal the matrix expects must be the one the table gives
     * for where the user stands in the case, and every action must be tried from every place.
     */
    private static final Map<String, CaseAction> ACTIONS = Map.ofEntries(
            Map.entry("GET /api/v1/cases/{case}", CaseAction.READ),
            Map.entry("GET /api/v1/cases/{case}/plan/versions", CaseAction.LOOK_BACK),
            Map.entry("GET /api/v1/cases/{case}/plan/diff?from=0&to=1", CaseAction.LOOK_BACK),
            Map.entry("GET /api/v1/audit/disclosures?caseId={case}", CaseAction.LOOK_BACK),
            Map.entry("GET /api/v1/cases/{case}/history", CaseAction.LOOK_BACK),
            Map.entry("GET /api/v1/audit/access-log?caseId={case}", CaseAction.REVIEW_ACCESS_LOG),
            Map.entry("GET /api/v1/cases/{case}/preview?specialistId={member}", CaseAction.PREVIEW),
            Map.entry("POST /api/v1/cases/{case}/key-worker-handover", CaseAction.HAND_OVER),
            Map.entry("POST /api/v1/cases/{case}/family-language", CaseAction.RECORD_FAMILY_LANGUAGE),
            Map.entry("POST /api/v1/cases/{case}/family-members", CaseAction.ADD_FAMILY_MEMBER),
            Map.entry("POST /api/v1/cases/{case}/family-members/{guardian}/leaving", CaseAction.END_FAMILY_MEMBERSHIP),
            Map.entry("POST /api/v1/cases/{case}/family-members/{child}/correction", CaseAction.CORRECT_FAMILY_MEMBER),
            Map.entry("POST /api/v1/cases/{case}/needs", CaseAction.RECORD_NEED),
            Map.entry("POST /api/v1/cases/{case}/needs/{needA}/revision", CaseAction.REVISE_NEED),
            Map.entry("POST /api/v1/cases/{case}/needs/{needB}/agreement", CaseAction.RECORD_AGREEMENT),
            Map.entry("POST /api/v1/cases/{case}/needs/{needB}/closure", CaseAction.CLOSE_NEED),
            Map.entry("POST /api/v1/cases/{case}/child-views", CaseAction.RECORD_CHILD_VIEW),
            Map.entry("POST /api/v1/cases/{case}/actions", CaseAction.PLAN_ACTION),
            Map.entry("POST /api/v1/cases/{case}/actions/{action}/completion", CaseAction.COMPLETE_ACTION),
            Map.entry("POST /api/v1/cases/{case}/consents", CaseAction.RECORD_CONSENT),
            Map.entry("POST /api/v1/cases/{case}/consents/{consent}/withdrawal", CaseAction.WITHDRAW_CONSENT),
            Map.entry("POST /api/v1/cases/{case}/invitations", CaseAction.INVITE),
            Map.entry("POST /api/v1/cases/{case}/invitations/{invitation}/withdrawal", CaseAction.WITHDRAW_INVITATION),
            Map.entry("POST /api/v1/invitations/{invitation}/acceptance", CaseAction.ANSWER_INVITATION),
            Map.entry("POST /api/v1/invitations/{invitation}/decline", CaseAction.ANSWER_INVITATION),
            Map.entry("POST /api/v1/cases/{case}/members/{member}/departure", CaseAction.END_MEMBERSHIP),
            Map.entry("POST /api/v1/cases/{case}/reviews", CaseAction.RECORD_REVIEW),
            Map.entry("POST /api/v1/cases/{case}/approvals", CaseAction.RECORD_APPROVAL),
            Map.entry("POST /api/v1/cases/{case}/closure", CaseAction.CLOSE_CASE));

    @LocalServerPort
    int port;

    @Autowired
    CaseAccessQuery access;

    @Autowired
    Situations situations;

    @Autowired
    MovableClock clock;

    @Autowired
    MeterRegistry meters;

    @Test
    void everyEndpointAnswersEveryUserInEverySituationAsTheMatrixSays() {
        List<Cell> cells = cells();
        Map<String, Situations.Case> shared = new HashMap<>();
        Map<Cell, Situations.Case> own = new HashMap<>();
        for (Cell cell : cells) {
            if (cell.situation().equals("-")) {
                continue;
            }
            if (cell.changes()) {
                own.put(cell, situations.build(cell.situation()));
            } else {
                shared.computeIfAbsent(cell.situation(), situations::build);
            }
        }
        // Past the end date of the consents of "expired", within every other situation's dates.
        clock.advance(Duration.ofDays(2));
        // The lists' figures catch up after the commands; which cases they list does not wait.
        await().atMost(Duration.ofSeconds(30)).until(() -> meters.get("familycentre.processor.lag")
                .tag("processor", "case-list").gauge().value() == 0);

        var api = new Api(port);
        Map<String, PageSession> browsers = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        Map<CaseAction, Set<Basis>> tried = new EnumMap<>(CaseAction.class);
        for (Cell cell : cells) {
            Situations.Case at = cell.situation().equals("-") ? null : own.getOrDefault(cell, shared.get(cell.situation()));
            CaseAction action = ACTIONS.get(cell.method() + " " + cell.path());
            if (action != null && !cell.user().equals("nobody")) {
                Basis basis = basisOf(cell.user(), action, at);
                tried.computeIfAbsent(action, any -> EnumSet.noneOf(Basis.class)).add(basis);
                String disagreement = tableDisagrees(cell, action, basis);
                if (disagreement != null) {
                    wrong.add(cell + ": the permission table " + disagreement);
                }
            }
            String path = fill(cell.path(), at);
            String user = cell.user().equals("nobody") ? null : cell.user();
            String form = cell.method().equals("POST") ? formOf(path) : null;
            if (form != null) {
                var browser = browsers.computeIfAbsent(cell.user(), name ->
                        name.equals("nobody") ? PageSession.open(port) : PageSession.signIn(port, name));
                int shown = browser.get(form).status();
                int expected = formStatus(cell, cells);
                if (shown != expected) {
                    wrong.add(cell + ": its form " + form + " answered " + shown + ", not " + expected);
                }
            }
            Api.Response response = cell.method().equals("GET")
                    ? api.get(path, user)
                    : api.post(path, user, fill(body(cell.path()), at));
            String problem = response.status() != cell.status()
                    ? "got " + response.status() + " " + response.http().body()
                    : cell.shows() == null ? null
                    : check(cell, at, cell.isList() ? allPages(api, path, user) : response.http().body());
            if (problem != null) {
                wrong.add(cell + ": " + problem);
            }
        }
        assertThat(wrong).as("cells answered otherwise than the matrix says").isEmpty();
        for (CaseAction action : CaseAction.values()) {
            assertThat(tried.get(action)).as("the places %s was tried from", action).containsAll(
                    action == CaseAction.ANSWER_INVITATION ? Set.of(Basis.INVITATION, Basis.NONE)
                            : Set.of(Basis.KEY_WORKER, Basis.MEMBERSHIP, Basis.SUPERVISION, Basis.NONE));
        }
    }

    /** Where the user stands for the action, as the gate decides it, before the cell's request. */
    private Basis basisOf(String username, CaseAction action, Situations.Case at) {
        var professional = situations.professional(username);
        if (action == CaseAction.ANSWER_INVITATION) {
            return access.caseOfPendingInvitation(at.invitation(), professional.getId()).isPresent()
                    ? Basis.INVITATION : Basis.NONE;
        }
        return access.basis(at.caseId(), new Caller(professional.getId(), professional.getRole(),
                professional.getUnitId()));
    }

    /**
     * Null if the matrix's status is what the table says: its refusal (404 to one with no place in the
     * case, 403 to one whose place does not allow it), or, when allowed, no refusal of access.
     * Reviewing a case's access log is for supervisors by role before it is a supervisor's of that
     * case. Whatever shows the case to a member whom consent no longer covers is 404 before anything
     * else (a page's form too), as if they had no place in it: they may not see what is not shared.
     */
    private String tableDisagrees(Cell cell, CaseAction action, Basis basis) {
        if (basis == Basis.MEMBERSHIP && cell.status() == 404 && cell.method().equals("GET")) {
            return null;
        }
        var role = situations.professional(cell.user()).getRole();
        if (action == CaseAction.REVIEW_ACCESS_LOG && !ProfessionalAction.REVIEW_ACCESS_LOG.allows(role)) {
            return cell.status() == 403 ? null : "refuses " + role + " by role (403)";
        }
        var refusal = action.refusal(basis);
        if (refusal.isPresent()) {
            int expected = refusal.get() == CaseAction.Refusal.NOT_VISIBLE ? 404 : 403;
            return cell.status() == expected ? null : "refuses " + basis + " with " + expected;
        }
        return cell.status() == 403 || cell.status() == 404 ? "allows " + basis : null;
    }

    /**
     * The page with a command's form, shown with GET at the command's own path (opening a case: its
     * own page); null for a command with no form.
     */
    private static String formOf(String apiPath) {
        if (apiPath.equals("/api/v1/cases")) {
            return "/cases/new";
        }
        return apiPath.endsWith("/acceptance") ? null : apiPath.substring("/api/v1".length());
    }

    /**
     * A command's form answers as the command does to one who may not send it: 403 or 404, and a
     * browser not signed in is sent to sign in. A form shows the case, so to one who may not read it
     * (a member whom consent no longer covers, though the plan still lets them leave) it is 404.
     */
    private static int formStatus(Cell command, List<Cell> cells) {
        if (command.status() == 401) {
            return 302;
        }
        boolean readable = !command.path().contains("{case}") || cells.stream()
                .filter(read -> read.method().equals("GET") && read.path().equals("/api/v1/cases/{case}")
                        && read.situation().equals(command.situation()) && read.user().equals(command.user()))
                .findFirst().orElseThrow().status() == 200;
        if (command.status() == 404 || !readable) {
            return 404;
        }
        return command.status() == 403 ? 403 : 200;
    }

    /**
     * Null if the body shows exactly what the cell says of this situation's case: which of its needs,
     * and for a list whether the case is listed at all.
     */
    private static String check(Cell cell, Situations.Case at, String body) {
        // Every situation's needs have the same words, so in a list, which shows many cases, a need
        // is told by its id alone.
        Map<String, List<String>> contentOf = cell.isList()
                ? Map.of("A", List.of(at.needA().toString()), "B", List.of(at.needB().toString()),
                        "case", List.of(at.caseId().toString()))
                : Map.of("A", List.of(at.needA().toString(), Situations.NEED_A),
                        "B", List.of(at.needB().toString(), Situations.NEED_B));
        for (var item : contentOf.entrySet()) {
            boolean expected = cell.shows().contains(item.getKey());
            for (String content : item.getValue()) {
                if (body.contains(content) != expected) {
                    return (expected ? "missing " : "shows ") + item.getKey() + " (" + content + ")";
                }
            }
        }
        if (cell.isList()) {
            return null;
        }
        Set<String> shown = new HashSet<>();
        for (JsonNode need : JSON.readTree(body).get("needs")) {
            shown.add(need.get("id").asString());
        }
        return shown.size() == cell.shows().size() ? null : "needs " + shown;
    }

    /** Every page of a list, as one body: the case may be anywhere in a long list. */
    private static String allPages(Api api, String path, String user) {
        var pages = new StringBuilder();
        Api.Response page = null;
        for (int number = 0; page == null || (long) number * 100 < page.json().get("totalItems").asLong(); number++) {
            page = api.get(path + "?size=100&page=" + number, user);
            pages.append(page.http().body());
        }
        return pages.toString();
    }

    private String fill(String template, Situations.Case at) {
        Map<String, String> values = new HashMap<>(at == null ? Map.of() : at.values());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        values.put("today", today.toString());
        values.put("inTwoWeeks", today.plusDays(14).toString());
        values.put("now", clock.instant().minusSeconds(60).toString());
        if (at != null) {
            values.put("version", Long.toString(situations.version(at.caseId())));
        }
        Matcher placeholder = PLACEHOLDER.matcher(template);
        var filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            assertThat(value).as("a value for {%s}", placeholder.group(1)).isNotNull();
            placeholder.appendReplacement(filled, value);
        }
        return placeholder.appendTail(filled).toString();
    }

    /** The body for a path: the entry whose key the path ends with, the longest if several do. */
    private static String body(String path) {
        return BODIES.entrySet().stream()
                .filter(entry -> path.endsWith(entry.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue)
                .orElseThrow(() -> new IllegalStateException("No body for " + path));
    }

    private static List<Cell> cells() {
        String matrix;
        try {
            matrix = new ClassPathResource("authorization-matrix.txt").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Cell> cells = new ArrayList<>();
        for (String line : matrix.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.trim().split("\\s+");
            assertThat(columns).as(line).hasSize(3 + USERS.size());
            for (int user = 0; user < USERS.size(); user++) {
                cells.add(Cell.parse(columns[0], columns[1], columns[2], USERS.get(user), columns[3 + user]));
            }
        }
        return cells;
    }

    /**
     * @param shows for a read, what of the situation's case the body must show, and nothing else of
     *              it: needs A and B, and for a list the case itself; null when the cell says
     *              nothing about the body
     */
    record Cell(String method, String path, String situation, String user, int status, Set<String> shows) {

        static Cell parse(String method, String path, String situation, String user, String expected) {
            String[] parts = expected.split(":");
            Set<String> shows = parts.length == 1 ? null
                    : parts[1].equals("-") ? Set.of() : Set.of(parts[1].split(","));
            return new Cell(method, path, situation, user, Integer.parseInt(parts[0]), shows);
        }

        /** A list endpoint: one not about a case named in its path. */
        boolean isList() {
            return method.equals("GET") && !path.contains("{case}") && !situation.equals("-");
        }

        /** A command that is to succeed changes its case, so it gets a case of its own. */
        boolean changes() {
            return method.equals("POST") && status < 300;
        }

        @Override
        public String toString() {
            return method + " " + path + " [" + situation + "] as " + user + " (expected " + status + ")";
        }
    }
}
