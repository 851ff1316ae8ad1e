package fi.perhekeskus.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.perhekeskus.accesslog.Disclosure;
import fi.perhekeskus.accesslog.DisclosureLog;
import fi.perhekeskus.plan.api.LegalBasis;
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
 * The network beyond the directory and disclosures on a legal basis (docs/api.md), through the API
 * with the demo users' own passwords: a colleague key worker invited into a case sees only the needs
 * consented to them; telling the child's teacher on consent and a child welfare notification are
 * each in the disclosure log and the family's report, and open nothing of the case to anyone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class NetworkBeyondDirectoryApiTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final String TOLD = "Eetu harjoittelee puhetta; koulussa kannattaa antaa aikaa vastata.";
    private static final String NOTIFIED = "Huoli Eetun illoista";
    private static final String OFFICE = "Itäkaupungin lastensuojelu, sosiaalipäivystys";

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Autowired
    DisclosureLog log;

    /** The application's clock, a year ahead of the real one (AccessTestConfiguration). */
    @Autowired
    MovableClock clock;

    @Test
    void anInvitedColleagueKeyWorkerSeesOnlyTheConsentedNeeds() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String caseUrl = "/api/v1/cases/" + east.caseId();
        String jari = situations.professional("jari").getId().toString();

        var consent = api.post(caseUrl + "/consents", "maija", """
                {"givenBy": "%s", "decision": "GRANT", "recipient": {"kind": "PROFESSIONAL", "id": "%s"},
                 "needIds": ["%s"], "purpose": "Neuvolan tuki", "validUntil": "%s", "form": "WRITTEN"}"""
                .formatted(east.guardian(), jari, east.needA(), today().plusMonths(3)));
        assertThat(consent.status()).isEqualTo(201);
        var notCovered = api.post(caseUrl + "/invitations", "maija", """
                {"specialistId": "%s", "needIds": ["%s"], "respondBy": "%s"}"""
                .formatted(jari, east.needB(), today().plusDays(7)));
        assertThat(notCovered.json().get("rule").asString()).isEqualTo("CONSENT_MISSING");
        var invited = api.post(caseUrl + "/invitations", "maija", """
                {"specialistId": "%s", "needIds": ["%s"], "message": "Tule mukaan", "respondBy": "%s"}"""
                .formatted(jari, east.needA(), today().plusDays(7)));
        assertThat(invited.status()).isEqualTo(201);
        String invitation = invited.json().get("id").asString();

        assertThat(api.get(caseUrl, "jari").status()).as("not before joining").isEqualTo(404);
        String inbox = api.get("/api/v1/invitations", "jari").http().body();
        assertThat(inbox).contains(east.caseId().toString(), Situations.NEED_A).doesNotContain(Situations.NEED_B);
        assertThat(api.post("/api/v1/invitations/" + invitation + "/acceptance", "jari", "{}").status())
                .isEqualTo(200);

        JsonNode view = api.get(caseUrl, "jari").json();
        List<String> needs = new ArrayList<>();
        view.get("needs").forEach(need -> needs.add(need.get("id").asString()));
        assertThat(needs).containsExactly(east.needA().toString());
        assertThat(view.get("network").get("externals")).as("external participants are not theirs to see").isEmpty();
        assertThat(view.get("disclosures")).isEmpty();
        assertThat(api.get(caseUrl + "/history", "jari").status()).isEqualTo(403);
        assertThat(api.post(caseUrl + "/needs", "jari", """
                {"description": "Oma kirjaus", "raisedBy": "KEY_WORKER", "concernsMemberIds": ["%s"]}"""
                .formatted(east.child())).status()).as("a member, not the case's key worker").isEqualTo(403);
        assertThat(api.get("/api/v1/cases?size=100", "jari").http().body()).contains(east.caseId().toString());

        var action = api.post(caseUrl + "/actions", "maija", """
                {"needId": "%s", "description": "Neuvolakäynti puheesta", "dueDate": "%s",
                 "responsible": {"kind": "NETWORK_MEMBER", "id": "%s"}}""".formatted(east.needA(), today(), jari));
        assertThat(action.status()).isEqualTo(201);
        assertThat(PageSession.signIn(port, "jari").get("/today?lang=fi").http().body())
                .as("their day shows what is theirs to do in a colleague's case")
                .contains("Neuvolakäynti puheesta",
                        "/cases/" + east.caseId() + "/actions/" + action.json().get("id").asString() + "/completion");
    }

    @Test
    void tellingTheTeacherAndAChildWelfareNotificationAreInTheLogAndTheFamilysReport() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String caseUrl = "/api/v1/cases/" + east.caseId();

        var withoutConsent = api.post(caseUrl + "/external-participants/" + east.participant() + "/disclosures",
                "maija", telling(east.needB()));
        assertThat(withoutConsent.status()).isEqualTo(409);
        assertThat(withoutConsent.json().get("rule").asString()).isEqualTo("CONSENT_MISSING");
        var told = api.post(caseUrl + "/external-participants/" + east.participant() + "/disclosures", "maija",
                telling(east.needA()));
        assertThat(told.status()).isEqualTo(201);
        var notified = api.post(caseUrl + "/legal-disclosures", "helena", """
                {"legalBasis": "CHILD_WELFARE_NOTIFICATION", "recipient": "%s", "memberIds": ["%s"],
                 "needIds": ["%s"], "disclosed": "%s", "disclosedOn": "%s"}"""
                .formatted(OFFICE, east.child(), east.needB(), NOTIFIED, today()));
        assertThat(notified.status()).as("a supervisor of the unit records it too").isEqualTo(201);
        assertThat(api.post(caseUrl + "/legal-disclosures", "maija", """
                {"legalBasis": "AUTHORITY_REQUEST", "recipient": "Poliisi", "memberIds": ["%s"],
                 "disclosed": "Tieto asiakkuudesta", "disclosedOn": "%s"}""".formatted(east.child(), today()))
                .json().get("rule").asString()).isEqualTo("PROVISION_REQUIRED");

        Map<Disclosure.Kind, Disclosure> logged = new HashMap<>();
        log.disclosuresFor(east.caseId(), east.child(), Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"))
                .forEach(disclosure -> logged.put(disclosure.what(), disclosure));
        assertThat(logged.get(Disclosure.Kind.TOLD_PARTICIPANT).participantId()).isEqualTo(east.participant());
        assertThat(logged.get(Disclosure.Kind.TOLD_PARTICIPANT).consentIds()).isNotEmpty();
        assertThat(logged.get(Disclosure.Kind.LEGAL_BASIS).legalBasis())
                .isEqualTo(LegalBasis.CHILD_WELFARE_NOTIFICATION);
        assertThat(logged.get(Disclosure.Kind.LEGAL_BASIS).consentIds()).isEmpty();

        JsonNode report = api.get("/api/v1/audit/disclosures?caseId=" + east.caseId() + "&memberId=" + east.child(),
                "maija").json();
        Map<String, JsonNode> byKind = new HashMap<>();
        report.get("disclosures").forEach(disclosed -> byKind.put(disclosed.get("what").asString(), disclosed));
        JsonNode teacher = byKind.get("TOLD_PARTICIPANT");
        assertThat(teacher.get("recipient").get("name").asString()).isEqualTo("Liisa Laine (Kirkonkylän koulu)");
        assertThat(teacher.get("told").asString()).isEqualTo(TOLD);
        assertThat(teacher.get("needs").get(0).get("name").asString()).isEqualTo(Situations.NEED_A);
        assertThat(teacher.get("consents").get(0).get("givenBy").get("name").asString()).isEqualTo("Anna");
        JsonNode notification = byKind.get("LEGAL_BASIS");
        assertThat(notification.get("recipient").get("name").asString()).isEqualTo(OFFICE);
        assertThat(notification.get("legalBasis").asString()).isEqualTo("CHILD_WELFARE_NOTIFICATION");
        assertThat(notification.get("told").asString()).isEqualTo(NOTIFIED);
        assertThat(notification.get("consents")).isEmpty();
        assertThat(api.getBytes("/api/v1/audit/disclosures?caseId=" + east.caseId(), "maija", "application/pdf")
                .statusCode()).isEqualTo(200);

        JsonNode view = api.get(caseUrl, "maija").json();
        assertThat(view.get("disclosures")).hasSize(2);
        assertThat(api.get(caseUrl, "sami").json().get("disclosures")).as("not a member's to see").isEmpty();
        assertThat(api.get(caseUrl, "tuula").status()).as("no recipient gains access").isEqualTo(404);
        List<String> types = new ArrayList<>();
        api.get(caseUrl + "/history?size=500", "helena").json().get("items")
                .forEach(entry -> types.add(entry.get("type").asString()));
        assertThat(types).contains("ExternalParticipantAdded", "ExternalParticipantTold", "DisclosedOnLegalBasis");
    }

    @Test
    void thePagesNameTheTeacherRecordATellingAndANotificationInEachLanguage() {
        Situations.Case east = situations.build("east");
        String base = "/cases/" + east.caseId();
        var maija = PageSession.signIn(port, "maija");

        assertThat(maija.get(base + "?lang=fi").http().body())
                .contains("Osallistujat järjestelmän ulkopuolelta", "Liisa Laine", "Kirjaa, mitä kerrottiin");
        assertThat(maija.get(base + "/invitations?lang=fi").http().body()).contains("Jari Nieminen");
        assertThat(maija.get(base + "/external-participants?lang=sv").http().body())
                .contains("En deltagare i nätverket utanför systemet");
        assertThat(maija.get(base + "/legal-disclosures?lang=en").http().body())
                .contains("Data shared on a legal basis", "child welfare notification");
        var told = maija.post(base + "/external-participants/" + east.participant() + "/disclosures",
                Map.of("needIds", east.needA().toString(), "told", TOLD, "toldOn", today().toString()));
        assertThat(told.status()).isEqualTo(302);
        var notified = maija.post(base + "/legal-disclosures", Map.of("legalBasis", "CHILD_WELFARE_NOTIFICATION",
                "recipient", OFFICE, "memberIds", east.child().toString(), "disclosed", NOTIFIED,
                "disclosedOn", today().toString()));
        assertThat(notified.status()).isEqualTo(302);
        assertThat(maija.get(base + "?lang=fi").http().body()).contains(TOLD, OFFICE, "lastensuojeluilmoitus");
        assertThat(maija.get(base + "/history?lang=fi").http().body())
                .contains("Tietoja luovutettiin ilman suostumusta vastaanottajalle " + OFFICE);
    }

    private String telling(UUID needId) {
        return """
                {"needIds": ["%s"], "told": "%s", "toldOn": "%s"}""".formatted(needId, TOLD, today());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), HELSINKI);
    }
}
