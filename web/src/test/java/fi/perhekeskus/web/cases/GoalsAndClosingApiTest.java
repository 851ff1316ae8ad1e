package fi.perhekeskus.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PageSession;
import fi.perhekeskus.web.PlanBodies;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import fi.perhekeskus.web.access.Situations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Goals, reviews that follow up each open need, and a case closed with its outcomes and reopened
 * (docs/api.md), through the API with real sign-in and through the pages; the case view, the case
 * list, the history and the version diff follow.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class GoalsAndClosingApiTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Autowired
    MovableClock clock;

    @Test
    void aGoalIsFollowedUpAtAReviewAndTheCaseIsClosedWithItsOutcomesAndReopened() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String caseUrl = "/api/v1/cases/" + east.caseId();
        long before = api.get(caseUrl, "maija").json().get("version").asLong();

        assertThat(api.post(caseUrl + "/needs/" + east.needA() + "/goal", "maija", """
                {"whatWillBeDifferent": "Eetun puheesta saa selvää", "howWeWillNotice": "Päiväkodissa ymmärretään"}""")
                .status()).isEqualTo(200);
        assertThat(need(api.get(caseUrl, "maija").json(), east.needA().toString()).get("goal")
                .get("howWeWillNotice").asString()).isEqualTo("Päiväkodissa ymmärretään");

        String participants = """
                [{"kind": "FAMILY_MEMBER", "memberId": "%s"}, {"kind": "PROFESSIONAL", "professionalId": "%s"},
                 {"kind": "EXTERNAL", "name": "Liisa Opettaja", "organisation": "Kallion päiväkoti"}]"""
                .formatted(east.guardian(), east.keyWorker().getId());
        String followingA = """
                {"needId": "%s", "familyView": "Puhe on selkeämpää", "professionalView": "Edistystä on",
                 "childView": "Kaverit ymmärtää", "decision": "CONTINUE"}""".formatted(east.needA());
        var missing = api.post(caseUrl + "/reviews", "maija", """
                {"heldOn": "%s", "participants": %s, "summary": "Alku sujui", "followUps": [%s],
                 "nextReviewOn": "%s"}""".formatted(today(), participants, followingA, today().plusMonths(2)));
        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.json().get("rule").asString()).isEqualTo("FOLLOW_UP_MISSING");
        assertThat(missing.json().get("item").asString()).isEqualTo(east.needB().toString());

        var review = api.post(caseUrl + "/reviews", "maija", """
                {"heldOn": "%s", "participants": %s, "summary": "Alku sujui", "followUps": [%s,
                 {"needId": "%s", "familyView": "Nukkuu hyvin", "professionalView": "Tavoite saavutettu",
                  "decision": "CLOSE", "outcome": "MET"}], "nextReviewOn": "%s"}"""
                .formatted(today(), participants, followingA, east.needB(), today().plusMonths(2)));
        assertThat(review.status()).isEqualTo(201);
        JsonNode view = api.get(caseUrl, "maija").json();
        JsonNode recorded = view.get("reviews").get(0);
        assertThat(recorded.get("participants").get(2).get("organisation").asString()).isEqualTo("Kallion päiväkoti");
        assertThat(recorded.get("participants").get(1).get("name").asString()).isNotBlank();
        assertThat(recorded.get("followUps").get(0).get("childView").asString()).isEqualTo("Kaverit ymmärtää");
        assertThat(need(view, east.needB().toString()).get("outcome").asString()).isEqualTo("MET");
        // The case list's figures lag the plan by design.
        await().atMost(CATCH_UP).until(() -> listed(api, east).get("nextReviewOn").asString()
                .equals(today().plusMonths(2).toString()));

        var unresolved = api.post(caseUrl + "/closure", "maija", """
                {"reason": "Tuki päättyi", "summaryForFamily": "Eetun puhe on selkeytynyt.",
                 "needOutcomes": [{"needId": "%s", "outcome": "PARTLY_MET"}]}""".formatted(east.needA()));
        assertThat(unresolved.json().get("rule").asString()).isEqualTo("RESOLUTION_REQUIRED");
        assertThat(unresolved.json().get("item").asString()).isEqualTo(east.action().toString());
        String resolved = """
                [{"actionId": "%s", "resolution": "HANDED_ON", "service": "Puheterapia, keskussairaala"}]"""
                .formatted(east.action());
        var withoutOutcome = api.post(caseUrl + "/closure", "maija", """
                {"reason": "Tuki päättyi", "summaryForFamily": "Eetun puhe on selkeytynyt.", "actionResolutions": %s}"""
                .formatted(resolved));
        assertThat(withoutOutcome.status()).isEqualTo(409);
        assertThat(withoutOutcome.json().get("rule").asString()).isEqualTo("OUTCOME_REQUIRED");
        assertThat(withoutOutcome.json().get("item").asString()).isEqualTo(east.needA().toString());

        assertThat(api.post(caseUrl + "/closure", "maija", """
                {"reason": "Tuki päättyi", "summaryForFamily": "Eetun puhe on selkeytynyt.",
                 "referredTo": "Puheterapia, keskussairaala", "actionResolutions": %s,
                 "needOutcomes": [{"needId": "%s", "outcome": "PARTLY_MET"}]}""".formatted(resolved, east.needA()))
                .status()).isEqualTo(200);
        view = api.get(caseUrl, "maija").json();
        assertThat(view.get("status").asString()).isEqualTo("CLOSED");
        assertThat(view.get("closing").get("summaryForFamily").asString()).isEqualTo("Eetun puhe on selkeytynyt.");
        assertThat(need(view, east.needA().toString()).get("actions").get(0).get("handedOnTo").asString())
                .isEqualTo("Puheterapia, keskussairaala");
        await().atMost(CATCH_UP).until(() -> listed(api, east).get("nextReviewOn").isNull());
        assertThat(api.get(caseUrl, "sami").status()).as("the network ended with the case").isEqualTo(404);
        assertThat(api.post(caseUrl + "/needs", "maija", """
                {"description": "Uusi huoli", "raisedBy": "KEY_WORKER", "concernsMemberIds": ["%s"]}"""
                .formatted(east.child())).json().get("rule").asString()).isEqualTo("CASE_CLOSED");
        assertThat(api.post(caseUrl + "/reopening", "helena", """
                {"reason": "Perhe palasi"}""").status()).isEqualTo(403);

        assertThat(api.post(caseUrl + "/reopening", "maija", """
                {"reason": "Perhe otti uudelleen yhteyttä"}""").status()).isEqualTo(200);
        view = api.get(caseUrl, "maija").json();
        assertThat(view.get("status").asString()).isEqualTo("OPEN");
        assertThat(view.get("closing").get("reopenedBecause").asString()).isEqualTo("Perhe otti uudelleen yhteyttä");
        assertThat(api.post(caseUrl + "/needs", "maija", """
                {"description": "Uusi huoli", "raisedBy": "KEY_WORKER", "concernsMemberIds": ["%s"]}"""
                .formatted(east.child())).status()).isEqualTo(201);
        var again = api.post(caseUrl + "/reopening", "maija", """
                {"reason": "Uudelleen"}""");
        assertThat(again.json().get("rule").asString()).isEqualTo("CASE_NOT_CLOSED");

        List<String> types = new ArrayList<>();
        api.get(caseUrl + "/history?size=500", "helena").json().get("items")
                .forEach(entry -> types.add(entry.get("type").asString()));
        assertThat(types).contains("GoalSet", "ReviewRecorded", "NeedClosed", "SupportActionHandedOn", "CaseClosed",
                "CaseReopened");
        long after = api.get(caseUrl, "maija").json().get("version").asLong();
        List<String> changes = new ArrayList<>();
        api.get(caseUrl + "/plan/diff?from=" + before + "&to=" + after, "maija").json().get("changes")
                .forEach(change -> changes.add(change.get("section").asString() + " " + change.get("kind").asString()));
        assertThat(changes).contains("goals ADDED", "reviews ADDED", "closing ADDED");
        var maija = PageSession.signIn(port, "maija");
        assertThat(maija.get("/cases/" + east.caseId() + "/history?lang=fi").http().body())
                .contains("Asiakkuus avattiin uudelleen", "Tukitoimi", "siirrettiin palvelulle");
        assertThat(maija.get("/cases/" + east.caseId() + "/diff?from=" + before + "&to=" + after + "&lang=fi")
                .http().body()).contains("Tavoite", "Seuranta", "Yhteenveto perheelle");
    }

    @Test
    void thePagesSetAGoalFollowUpEachNeedCloseAndReopenInEachLanguage() {
        Situations.Case east = situations.build("east");
        String base = "/cases/" + east.caseId();
        var maija = PageSession.signIn(port, "maija");

        assertThat(maija.get(base + "/needs/" + east.needA() + "/goal?lang=sv").http().body())
                .contains("Målet för behovet");
        assertThat(maija.post(base + "/needs/" + east.needA() + "/goal", Map.of(
                "whatWillBeDifferent", "Eetun puheesta saa selvää", "howWeWillNotice", "Päiväkodissa ymmärretään"))
                .status()).isEqualTo(302);
        assertThat(maija.get(base + "/reviews?lang=fi").http().body())
                .contains("Suunnitelman seuranta", "miten perhe näkee edistymisen", "lapsen näkemys");
        Map<String, String> changeUndescribed = reviewForm(east);
        changeUndescribed.put("professionalParticipants", east.keyWorker().getId().toString());
        var review = maija.post(base + "/reviews", changeUndescribed, "Accept-Language", "en");
        assertThat(review.status()).isEqualTo(409);
        assertThat(review.http().body()).contains("record what changes");
        Map<String, String> described = reviewForm(east);
        described.put("followUps[1].note", "Neuvolan unikoulu");
        assertThat(maija.post(base + "/reviews", described).status()).isEqualTo(302);
        String page = maija.get(base + "?lang=fi").http().body();
        assertThat(page).contains("Tavoite", "Päiväkodissa ymmärretään", "Liisa Opettaja (Kallion päiväkoti)",
                "Kaverit ymmärtää", "muutetaan");

        assertThat(maija.get(base + "/closure?lang=fi").http().body()).contains("Yhteenveto perheelle");
        assertThat(maija.post(base + "/closure", Map.ofEntries(
                Map.entry("needOutcomes[0].needId", east.needA().toString()),
                Map.entry("needOutcomes[0].outcome", "MET"),
                Map.entry("needOutcomes[1].needId", east.needB().toString()),
                Map.entry("needOutcomes[1].outcome", "PARTLY_MET"),
                Map.entry("actionResolutions[0].actionId", east.action().toString()),
                Map.entry("actionResolutions[0].resolution", "DONE"),
                Map.entry("reason", "Tuki päättyi"),
                Map.entry("summaryForFamily", "Eetun puhe on selkeytynyt."),
                Map.entry("referredTo", "Päiväkodin erityisopettaja"))).status()).isEqualTo(302);
        page = maija.get(base + "?lang=fi").http().body();
        assertThat(page).contains("Asiakkuuden päättäminen", "Eetun puhe on selkeytynyt.", "Avaa asiakkuus uudelleen")
                .doesNotContain(">Kirjaa tarve<");
        assertThat(maija.get(base + "/print?lang=fi").http().body()).contains("Eetun puhe on selkeytynyt.",
                "Puhe on selkeämpää").doesNotContain("Kaverit ymmärtää");
        assertThat(maija.post(base + "/reopening", Map.of("reason", "Perhe palasi")).status()).isEqualTo(302);
        assertThat(maija.get(base + "?lang=en").http().body()).contains("The case was reopened: Perhe palasi");
    }

    @Test
    void aNewCaseFollowsOnFromTheFamilysClosedOneAndEachNamesTheOther() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String earlierUrl = "/api/v1/cases/" + east.caseId();
        String family = """
                {"family": {"members": [{"role": "CHILD", "displayName": "Eetu", "birthDate": "2018-03-04"}]},
                 "earlierCaseId": "%s"}""".formatted(east.caseId());
        var whileOpen = api.post("/api/v1/cases", "maija", family);
        assertThat(whileOpen.status()).isEqualTo(409);
        assertThat(whileOpen.json().get("rule").asString()).isEqualTo("EARLIER_CASE_OPEN");
        assertThat(whileOpen.json().get("item").asString()).isEqualTo(east.caseId().toString());
        assertThat(api.post(earlierUrl + "/closure", "maija", PlanBodies.closing(api, earlierUrl, "maija",
                "Tuki päättyi")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/cases", "jari", family).status()).as("a case jari may not read").isEqualTo(404);

        var opened = api.post("/api/v1/cases", "maija", family);
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.json().get("earlierCaseId").asString()).isEqualTo(east.caseId().toString());
        String later = opened.json().get("id").asString();
        assertThat(api.get(earlierUrl, "maija").json().get("laterCaseIds").get(0).asString()).isEqualTo(later);
        var maija = PageSession.signIn(port, "maija");
        assertThat(maija.get("/cases/" + east.caseId() + "?lang=fi").http().body())
                .contains("Myöhempi asiakkuus, joka avattiin tämän jatkoksi", "/cases/" + later,
                        "/cases/new?earlierCaseId=" + east.caseId());
        assertThat(maija.get("/cases/new?earlierCaseId=" + east.caseId() + "&lang=fi").http().body())
                .contains("name=\"earlierCaseId\"");
    }

    private static JsonNode need(JsonNode view, String id) {
        for (JsonNode need : view.get("needs")) {
            if (need.get("id").asString().equals(id)) {
                return need;
            }
        }
        throw new AssertionError("no need " + id);
    }

    private static JsonNode listed(Api api, Situations.Case east) {
        for (JsonNode row : api.get("/api/v1/cases?size=100", "maija").json().get("items")) {
            if (row.get("caseId").asString().equals(east.caseId().toString())) {
                return row;
            }
        }
        throw new AssertionError("case not listed");
    }

    /** A review of both of the case's needs, changing the second without yet saying what changes. */
    private Map<String, String> reviewForm(Situations.Case east) {
        return new HashMap<>(Map.ofEntries(
                Map.entry("heldOn", today().toString()),
                Map.entry("familyParticipants", east.guardian().toString()),
                Map.entry("others[0].name", "Liisa Opettaja"),
                Map.entry("others[0].organisation", "Kallion päiväkoti"),
                Map.entry("summary", "Alku sujui"),
                Map.entry("followUps[0].needId", east.needA().toString()),
                Map.entry("followUps[0].familyView", "Puhe on selkeämpää"),
                Map.entry("followUps[0].professionalView", "Edistystä on"),
                Map.entry("followUps[0].childView", "Kaverit ymmärtää"),
                Map.entry("followUps[0].decision", "CONTINUE"),
                Map.entry("followUps[1].needId", east.needB().toString()),
                Map.entry("followUps[1].familyView", "Nukkuu hyvin"),
                Map.entry("followUps[1].professionalView", "Unikoulu auttaa"),
                Map.entry("followUps[1].decision", "CHANGE"),
                Map.entry("nextReviewOn", today().plusMonths(2).toString())));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }
}
