package fi.perhekeskus.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
 * Separated parents and safety (docs/api.md), signed in as the key worker with a password: Anna's
 * own need is hers alone to share and she keeps it from Mikko; her address is under a non-disclosure
 * marking; Eetu's view is withheld from Mikko. What is produced for Mikko holds none of them; the
 * specialist Anna shares her need with sees her without her contact details.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class SeparatedParentsApiTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final String OWN_NEED = "Olen uupunut ja pelkään";
    private static final String ADDRESS = "Turvakoti, Salainen tie 9";
    private static final String PHONE = "040 765 4321";
    private static final String CHILDS_WORDS = "En halua että isä tietää";

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Autowired
    MovableClock clock;

    @Test
    void whatIsProducedForTheOtherParentHoldsOnlyWhatHeMaySee() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String caseUrl = "/api/v1/cases/" + east.caseId();
        String anna = east.guardian().toString();
        long before = situations.version(east.caseId());

        String mikko = api.post(caseUrl + "/family-members", "maija", """
                {"role": "GUARDIAN", "displayName": "Mikko"}""").json().get("id").asString();
        var recorded = api.post(caseUrl + "/needs", "maija", """
                {"description": "%s", "raisedBy": "%s", "concernsMemberIds": ["%s"]}""".formatted(OWN_NEED, anna, anna));
        assertThat(recorded.status()).isEqualTo(201);
        String ownNeed = recorded.json().get("id").asString();
        assertThat(api.post(caseUrl + "/needs/" + ownNeed + "/agreement", "maija", """
                {"memberId": "%s", "decision": "AGREED", "channel": "MEETING", "givenAt": "%s"}"""
                .formatted(anna, clock.instant().minusSeconds(60))).status()).isEqualTo(200);
        var consent = api.post(caseUrl + "/consents", "maija", """
                {"givenBy": "%s", "decision": "GRANT", "recipient": {"kind": "PROFESSIONAL", "id": "%s"},
                 "needIds": ["%s"], "purpose": "Tuki jaksamiseen", "validUntil": "%s", "form": "WRITTEN"}"""
                .formatted(anna, east.member().getId(), ownNeed, today().plusDays(30)));
        assertThat(consent.status()).isEqualTo(201);
        String consentId = consent.json().get("id").asString();
        var invited = api.post(caseUrl + "/invitations", "maija", """
                {"specialistId": "%s", "needIds": ["%s"], "message": "Tervetuloa", "respondBy": "%s"}"""
                .formatted(east.member().getId(), ownNeed, today().plusDays(7)));
        assertThat(invited.status()).isEqualTo(201);

        var withdrawnByMikko = api.post(caseUrl + "/consents/" + consentId + "/withdrawal", "maija", """
                {"withdrawnBy": "%s"}""".formatted(mikko));
        assertThat(withdrawnByMikko.status()).isEqualTo(409);
        assertThat(withdrawnByMikko.json().get("rule").asString()).isEqualTo("OWN_NEED_OF_ANOTHER");
        assertThat(withdrawnByMikko.json().get("item").asString()).isEqualTo(ownNeed);

        var keptByMikko = api.post(caseUrl + "/needs/" + ownNeed + "/confidentiality", "maija", """
                {"decidedBy": "%s", "confidential": true}""".formatted(mikko));
        assertThat(keptByMikko.json().get("rule").asString()).isEqualTo("OWN_NEED_OF_ANOTHER");
        assertThat(api.post(caseUrl + "/needs/" + ownNeed + "/confidentiality", "maija", """
                {"decidedBy": "%s", "confidential": true, "note": "Ei Mikon nähtäväksi"}""".formatted(anna))
                .status()).isEqualTo(200);
        assertThat(api.post(caseUrl + "/family-members/" + anna + "/contact-details", "maija", """
                {"phone": "%s", "address": "%s"}""".formatted(PHONE, ADDRESS)).status()).isEqualTo(200);
        assertThat(api.post(caseUrl + "/family-members/" + anna + "/non-disclosure", "maija", """
                {"marked": true, "note": "Väestötietojärjestelmän mukaan"}""").status()).isEqualTo(200);
        assertThat(api.post(caseUrl + "/family-members/" + anna + "/non-disclosure", "maija", """
                {"marked": true}""").json().get("rule").asString()).isEqualTo("NON_DISCLOSURE_UNCHANGED");
        var view = api.post(caseUrl + "/child-views", "maija", """
                {"childId": "%s", "needId": "%s", "view": "%s", "howHeard": "CONVERSATION",
                 "wordsShownToGuardians": true}""".formatted(east.child(), east.needA(), CHILDS_WORDS));
        String viewId = view.json().get("id").asString();
        assertThat(api.post(caseUrl + "/child-views/" + viewId + "/withholding", "maija", """
                {"withheldFrom": ["%s"]}""".formatted(mikko)).status()).isEqualTo(200);
        assertThat(api.post(caseUrl + "/child-views/" + viewId + "/withholding", "maija", """
                {"withheldFrom": ["%s"]}""".formatted(east.child())).json().get("rule").asString())
                .isEqualTo("NOT_A_GUARDIAN");

        JsonNode plan = api.get(caseUrl, "maija").json();
        assertThat(need(plan, ownNeed).get("confidential").asBoolean()).isTrue();
        JsonNode annaSeen = member(plan, anna);
        assertThat(annaSeen.get("nonDisclosure").asBoolean()).isTrue();
        assertThat(annaSeen.get("contact").get("address").asString()).isEqualTo(ADDRESS);
        assertThat(api.get(caseUrl, "helena").http().body()).as("the supervisor sees by role").contains(ADDRESS);
        assertThat(api.post("/api/v1/invitations/" + invited.json().get("id").asString() + "/acceptance", "sami", "{}")
                .status()).isEqualTo(200);
        JsonNode samiSees = api.get(caseUrl, "sami").json();
        assertThat(need(samiSees, ownNeed)).as("the need Anna consented to share with sami").isNotNull();
        assertThat(member(samiSees, anna).get("nonDisclosure").asBoolean()).isTrue();
        assertThat(member(samiSees, anna).get("contact").isNull()).as("a specialist does not see her address").isTrue();
        assertThat(api.get(caseUrl, "sami").http().body()).doesNotContain(ADDRESS, PHONE);

        var maija = PageSession.signIn(port, "maija");
        String forMikko = maija.get("/cases/" + east.caseId() + "/print?language=fi&member=" + mikko).http().body();
        assertThat(forMikko).contains("Tulostettu: Mikko", "Anna", Situations.NEED_A)
                .doesNotContain(OWN_NEED, ADDRESS, PHONE, CHILDS_WORDS);
        String forAnna = maija.get("/cases/" + east.caseId() + "/print?language=fi&member=" + anna).http().body();
        assertThat(forAnna).contains(OWN_NEED, ADDRESS, PHONE, CHILDS_WORDS);
        String forFamily = maija.get("/cases/" + east.caseId() + "/print?language=fi").http().body();
        assertThat(forFamily).contains("Tulostettu koko perheelle").doesNotContain(OWN_NEED, ADDRESS, CHILDS_WORDS);
        assertThat(maija.get("/cases/" + east.caseId() + "/print?member=" + east.needA()).status()).isEqualTo(404);

        String report = "/api/v1/audit/disclosures?caseId=" + east.caseId();
        assertThat(api.get(report + "&memberId=" + anna, "maija").http().body()).contains(OWN_NEED);
        assertThat(api.get(report, "maija").http().body()).doesNotContain(OWN_NEED);
        assertThat(api.get(report + "&memberId=" + mikko, "maija").http().body()).doesNotContain(OWN_NEED, ADDRESS);

        List<String> types = new ArrayList<>();
        api.get(caseUrl + "/history?size=500", "maija").json().get("items")
                .forEach(entry -> types.add(entry.get("type").asString()));
        assertThat(types).contains("NeedConfidentialityRecorded", "ContactDetailsRecorded", "NonDisclosureRecorded",
                "ChildViewWithheld");
        long after = situations.version(east.caseId());
        List<String> changes = new ArrayList<>();
        api.get(caseUrl + "/plan/diff?from=" + before + "&to=" + after, "maija").json().get("changes")
                .forEach(change -> changes.add(change.get("section").asString() + " " + change.get("key").asString()));
        assertThat(changes).contains("family " + anna, "withholdings " + viewId, "needs " + ownNeed);
        assertThat(maija.get("/cases/" + east.caseId() + "/diff?from=" + before + "&to=" + after + "&lang=fi").http()
                .body()).contains("Turvakielto", "Salassa perheeltä", "Lapsen näkemys ei näy kaikille", "Mikko");
        assertThat(maija.get("/cases/" + east.caseId() + "/history?lang=en").http().body())
                .contains("Anna: a non-disclosure marking was recorded", "A child’s view is not shown to: Mikko");
    }

    @Test
    void onlyTheKeyWorkerRecordsTheMarkings() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String marking = "/api/v1/cases/" + east.caseId() + "/family-members/" + east.guardian() + "/non-disclosure";

        assertThat(api.post(marking, "helena", """
                {"marked": true}""").status()).isEqualTo(403);
        assertThat(api.post(marking, "sami", """
                {"marked": true}""").status()).isEqualTo(403);
        assertThat(api.post(marking, "pekka", """
                {"marked": true}""").status()).isEqualTo(404);
        assertThat(api.post(marking, "maija", "{}").status()).isEqualTo(400);
        var notOwn = api.post("/api/v1/cases/" + east.caseId() + "/needs/" + east.needA() + "/confidentiality", "maija",
                """
                {"decidedBy": "%s", "confidential": true}""".formatted(east.guardian()));
        assertThat(notOwn.json().get("rule").asString()).isEqualTo("NOT_AN_OWN_NEED");
    }

    private static JsonNode member(JsonNode view, String id) {
        return find(view.get("family").get("members"), id);
    }

    private static JsonNode need(JsonNode view, String id) {
        return find(view.get("needs"), id);
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }
}
