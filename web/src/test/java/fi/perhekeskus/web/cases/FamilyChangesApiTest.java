package fi.perhekeskus.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PageSession;
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
 * A family that changes (docs/api.md): a baby joins, a parent leaves, a name is corrected, through
 * the API and the pages, and the case view, the case list and the history follow.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class FamilyChangesApiTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    /** The application's clock, a year ahead of the real one (AccessTestConfiguration). */
    @Autowired
    MovableClock clock;

    @Test
    void aBabyJoinsTheGuardianLeavesAndTheirDecisionsStayOnRecord() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String caseUrl = "/api/v1/cases/" + east.caseId();
        long before = api.get(caseUrl, "maija").json().get("version").asLong();

        var born = api.post(caseUrl + "/family-members", "maija", """
                {"role": "CHILD", "displayName": "Vauva", "birthDate": "%s"}""".formatted(today().minusDays(2)));
        assertThat(born.status()).isEqualTo(201);
        String baby = born.json().get("id").asString();
        assertThat(born.header("Location")).endsWith("/family-members/" + baby);
        assertThat(api.post(caseUrl + "/needs", "maija", """
                {"description": "Vauva ei nuku", "raisedBy": "%s", "concernsMemberIds": ["%s"]}"""
                .formatted(east.guardian(), baby)).status()).isEqualTo(201);

        var left = api.post(caseUrl + "/family-members/" + east.guardian() + "/leaving", "maija", """
                {"reason": "MOVED_OUT", "note": "Muutti toiselle paikkakunnalle"}""");
        assertThat(left.status()).isEqualTo(200);

        JsonNode view = api.get(caseUrl, "maija").json();
        JsonNode guardian = member(view, east.guardian().toString());
        assertThat(guardian.get("left").get("reason").asString()).isEqualTo("MOVED_OUT");
        assertThat(guardian.get("left").get("note").asString()).isEqualTo("Muutti toiselle paikkakunnalle");
        assertThat(member(view, baby).get("left").isNull()).isTrue();
        assertThat(view.get("consents")).as("the guardian's consents stay on record").isNotEmpty();
        assertThat(api.get(caseUrl, "sami").status()).as("and still share what they shared").isEqualTo(200);

        var named = api.post(caseUrl + "/needs", "maija", """
                {"description": "Isän tapaamiset", "raisedBy": "KEY_WORKER", "concernsMemberIds": ["%s"]}"""
                .formatted(east.guardian()));
        assertThat(named.status()).isEqualTo(409);
        assertThat(named.json().get("rule").asString()).isEqualTo("MEMBER_HAS_LEFT");
        assertThat(named.json().get("item").asString()).isEqualTo(east.guardian().toString());

        JsonNode listed = api.get("/api/v1/cases?size=100", "maija").json().get("items");
        List<String> children = new ArrayList<>();
        listed.forEach(row -> {
            if (row.get("caseId").asString().equals(east.caseId().toString())) {
                row.get("children").forEach(name -> children.add(name.asString()));
            }
        });
        assertThat(children).containsExactly("Eetu", "Vauva");

        List<String> types = new ArrayList<>();
        api.get(caseUrl + "/history?size=500", "helena").json().get("items")
                .forEach(entry -> types.add(entry.get("type").asString()));
        assertThat(types).contains("FamilyMemberAdded", "FamilyMembershipEnded");

        long after = api.get(caseUrl, "maija").json().get("version").asLong();
        List<String> changes = new ArrayList<>();
        api.get(caseUrl + "/plan/diff?from=" + before + "&to=" + after, "maija").json().get("changes")
                .forEach(change -> changes.add(change.get("section").asString() + " " + change.get("kind").asString()
                        + " " + change.get("key").asString()));
        assertThat(changes).contains("family ADDED " + baby, "family CHANGED " + east.guardian());
        assertThat(PageSession.signIn(port, "maija").get("/cases/" + east.caseId() + "/diff?from=" + before + "&to="
                + after + "&lang=fi").http().body()).contains("Perheenjäsen", "Vauva", "Lähti perheestä", "muutti pois");
    }

    @Test
    void aCorrectedBirthDateDecidesWhoApprovesAndWhoDecidesForThemself() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String caseUrl = "/api/v1/cases/" + east.caseId();
        String child = east.child().toString();

        assertThat(api.post(caseUrl + "/approvals", "maija", """
                {"approvedBy": "%s", "version": %d}""".formatted(child, situations.version(east.caseId())))
                .json().get("rule").asString()).isEqualTo("APPROVER_NOT_ENTITLED");
        var corrected = api.post(caseUrl + "/family-members/" + child + "/correction", "maija", """
                {"displayName": "Eetu", "birthDate": "%s", "note": "Väestötietojärjestelmän mukaan"}"""
                .formatted(today().minusYears(12)));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(member(api.get(caseUrl, "maija").json(), child).get("birthDate").asString())
                .isEqualTo(today().minusYears(12).toString());

        var ownRefusal = api.post(caseUrl + "/consents", "maija", """
                {"givenBy": "%s", "decision": "REFUSE", "recipient": {"kind": "PROFESSIONAL", "id": "%s"},
                 "needIds": ["%s"], "form": "VERBAL"}""".formatted(child, east.invitable().getId(), east.needA()));
        assertThat(ownRefusal.status()).as("a child of 12 decides for themself").isEqualTo(201);
        assertThat(api.post(caseUrl + "/approvals", "maija", """
                {"approvedBy": "%s", "version": %d}""".formatted(child, situations.version(east.caseId())))
                .status()).isEqualTo(200);

        var nothing = api.post(caseUrl + "/family-members/" + child + "/correction", "maija", """
                {"displayName": "Eetu", "birthDate": "%s"}""".formatted(today().minusYears(12)));
        assertThat(nothing.json().get("rule").asString()).isEqualTo("CORRECTION_CHANGES_NOTHING");
    }

    @Test
    void theLastChildDoesNotLeaveAndOnlyTheKeyWorkerChangesTheFamily() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String leaving = "/api/v1/cases/" + east.caseId() + "/family-members/" + east.child() + "/leaving";

        var last = api.post(leaving, "maija", """
                {"reason": "MOVED_OUT"}""");
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.json().get("rule").asString()).isEqualTo("FAMILY_WITHOUT_CHILD");
        assertThat(api.post(leaving, "maija", """
                {"reason": "GONE"}""").status()).isEqualTo(400);
        assertThat(api.post(leaving, "helena", """
                {"reason": "MOVED_OUT"}""").status()).isEqualTo(403);
        assertThat(api.post(leaving, "pekka", """
                {"reason": "MOVED_OUT"}""").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/cases/" + east.caseId() + "/family-members/" + east.needA() + "/correction",
                "maija", """
                        {"displayName": "Eetu"}""").json().get("rule").asString()).isEqualTo("UNKNOWN_MEMBER");
    }

    @Test
    void thePagesAddAMemberRecordLeavingAndCorrectInEachLanguage() {
        Situations.Case east = situations.build("east");
        String base = "/cases/" + east.caseId();
        var maija = PageSession.signIn(port, "maija");

        assertThat(maija.get(base + "?lang=fi").http().body()).contains("Lisää perheenjäsen", "Korjaa tiedot");
        assertThat(maija.get(base + "/family-members?lang=sv").http().body()).contains("Ny familjemedlem");
        assertThat(maija.get(base + "/family-members/" + east.guardian() + "/leaving?lang=en").http().body())
                .contains("A family member leaves the family", "Anna");
        var added = maija.post(base + "/family-members", Map.of("role", "CHILD", "displayName", "Vauva",
                "birthDate", today().toString()), "Accept-Language", "en");
        assertThat(added.status()).isEqualTo(302);
        var left = maija.post(base + "/family-members/" + east.guardian() + "/leaving",
                Map.of("reason", "OTHER"), "Accept-Language", "en");
        assertThat(left.status()).isEqualTo(409);
        assertThat(left.http().body()).contains("A reason is required");
        assertThat(maija.post(base + "/family-members/" + east.guardian() + "/leaving",
                Map.of("reason", "CUSTODY_ENDED")).status()).isEqualTo(302);
        var page = maija.get(base + "?lang=fi").http().body();
        assertThat(page).contains("Vauva", "lähti perheestä", "huoltajuus päättyi");
        assertThat(maija.get(base + "/history?lang=fi").http().body())
                .contains("Vauva tuli perheeseen (lapsi)", "Anna lähti perheestä: huoltajuus päättyi");
        assertThat(maija.post(base + "/family-members/" + east.child() + "/correction",
                Map.of("displayName", "Eetu Elias", "birthDate", "2017-03-04")).status()).isEqualTo(302);
        assertThat(maija.get(base).http().body()).contains("Eetu Elias");
    }

    private static JsonNode member(JsonNode view, String id) {
        for (JsonNode member : view.get("family").get("members")) {
            if (member.get("id").asString().equals(id)) {
                return member;
            }
        }
        throw new AssertionError("no member " + id);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }
}
