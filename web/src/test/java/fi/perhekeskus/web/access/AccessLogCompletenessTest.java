package fi.perhekeskus.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * A scripted working day of every role through the API. Every request that read or changed a
 * case's data, and every refused one, has its access-log row under the request's correlation id,
 * with who, role, case, view, basis and outcome; no row holds anything the family said or is called.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class AccessLogCompletenessTest {

    /** Everything of the family's that the session sends or reads. */
    private static final List<String> CLIENT_DATA = List.of("Veera", "Kalle", "Veeran puhe ei kehity",
            "Puheterapia kouluun", "Toivottavasti pääset mukaan", "Veera haluaa puhua", "Arvio koululla");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    private final List<Expected> script = new ArrayList<>();
    private Api api;

    /** @param basis the access-log basis; the view is method and path pattern */
    private record Expected(String correlationId, String username, String role, String caseId, String view,
                            String basis, String outcome) {
    }

    @Test
    void everyReadChangeAndRefusalOfEveryRoleHasItsRowAndNoRowHoldsClientData() {
        api = new Api(port);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String sami = api.get("/api/v1/professionals?q=sami", "maija").json().get("items").get(0).get("id").asString();

        var opened = api.post("/api/v1/cases", "maija", """
                {"family": {"members": [{"role": "CHILD", "displayName": "Veera", "birthDate": "2018-01-02"},
                                        {"role": "GUARDIAN", "displayName": "Kalle"}]}}""");
        String caseUrl = opened.header("Location");
        String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
        expect(opened, "maija", "KEY_WORKER", caseId, "POST /api/v1/cases", "KEY_WORKER", "ALLOWED");
        var view = api.get(caseUrl, "maija");
        expect(view, "maija", "KEY_WORKER", caseId, "GET /api/v1/cases/{caseId}", "KEY_WORKER", "ALLOWED");
        String veera = view.json().get("family").get("members").get(0).get("id").asString();
        String kalle = view.json().get("family").get("members").get(1).get("id").asString();

        var need = keyWorker(caseUrl + "/needs", """
                {"description": "Veeran puhe ei kehity", "raisedBy": "%s", "concernsMemberIds": ["%s"]}"""
                .formatted(kalle, veera), caseId, "POST /api/v1/cases/{caseId}/needs");
        String needId = need.json().get("id").asString();
        keyWorker(caseUrl + "/needs/" + needId + "/agreement", """
                {"memberId": "%s", "decision": "AGREED", "channel": "MEETING", "givenAt": "%s"}"""
                .formatted(kalle, clock.instant().minusSeconds(60)), caseId,
                "POST /api/v1/cases/{caseId}/needs/{needId}/agreement");
        keyWorker(caseUrl + "/child-views", """
                {"childId": "%s", "needId": "%s", "view": "Veera haluaa puhua", "howHeard": "DRAWING"}"""
                .formatted(veera, needId), caseId, "POST /api/v1/cases/{caseId}/child-views");
        var consent = keyWorker(caseUrl + "/consents", """
                {"givenBy": "%s", "decision": "GRANT", "recipient": {"kind": "PROFESSIONAL", "id": "%s"},
                 "needIds": ["%s"], "purpose": "Puheterapia kouluun", "validUntil": "%s", "form": "WRITTEN"}"""
                .formatted(kalle, sami, needId, today.plusMonths(6)), caseId, "POST /api/v1/cases/{caseId}/consents");
        var preview = api.get(caseUrl + "/preview?specialistId=" + sami, "maija");
        expect(preview, "maija", "KEY_WORKER", caseId, "GET /api/v1/cases/{caseId}/preview", "KEY_WORKER", "ALLOWED");
        var invitation = keyWorker(caseUrl + "/invitations", """
                {"specialistId": "%s", "needIds": ["%s"], "message": "Toivottavasti pääset mukaan", "respondBy": "%s"}"""
                .formatted(sami, needId, today.plusDays(7)), caseId, "POST /api/v1/cases/{caseId}/invitations");
        String invitationUrl = "/api/v1/invitations/" + invitation.json().get("id").asString();

        listed(api.get("/api/v1/invitations?size=100", "sami"), "sami", "GET /api/v1/invitations", caseId,
                "INVITATION");
        expect(api.post(invitationUrl + "/acceptance", "outi", "{}"), "outi", "SPECIALIST", caseId,
                "POST /api/v1/invitations/{invitationId}/acceptance", "NONE", "REFUSED");
        expect(api.post(invitationUrl + "/acceptance", "sami", "{}"), "sami", "SPECIALIST", caseId,
                "POST /api/v1/invitations/{invitationId}/acceptance", "INVITATION", "ALLOWED");
        var samisView = api.get(caseUrl, "sami");
        assertThat(samisView.status()).isEqualTo(200);
        String grant = consent.json().get("id").asString();
        expect(samisView, "sami", "SPECIALIST", caseId, "GET /api/v1/cases/{caseId}", "MEMBERSHIP", "ALLOWED");
        expect(api.post(caseUrl + "/needs", "sami", "{\"description\": \"Arvio koululla\", \"raisedBy\": \"KEY_WORKER\", "
                + "\"concernsMemberIds\": [\"" + veera + "\"]}"), "sami", "SPECIALIST", caseId,
                "POST /api/v1/cases/{caseId}/needs", "MEMBERSHIP", "REFUSED");

        expect(api.get(caseUrl, "helena"), "helena", "SUPERVISOR", caseId, "GET /api/v1/cases/{caseId}", "SUPERVISION",
                "ALLOWED");
        expect(api.post(caseUrl + "/closure", "helena",
                "{\"reason\": \"Arvio koululla\", \"summaryForFamily\": \"Tuki päättyi\"}"), "helena", "SUPERVISOR",
                caseId, "POST /api/v1/cases/{caseId}/closure", "SUPERVISION", "REFUSED");
        expect(api.get(caseUrl, "pekka"), "pekka", "SUPERVISOR", caseId, "GET /api/v1/cases/{caseId}", "NONE",
                "REFUSED");
        expect(api.get(caseUrl, "jari"), "jari", "KEY_WORKER", caseId, "GET /api/v1/cases/{caseId}", "NONE", "REFUSED");
        expect(api.get(caseUrl + "/preview?specialistId=" + sami, "tuula"), "tuula", "SPECIALIST", caseId,
                "GET /api/v1/cases/{caseId}/preview", "NONE", "REFUSED");
        var brokenRule = api.post(caseUrl + "/consents/" + grant + "/withdrawal", "maija",
                "{\"withdrawnBy\": \"" + veera + "\"}");
        assertThat(brokenRule.status()).isEqualTo(409);
        expect(brokenRule, "maija", "KEY_WORKER", caseId, "POST /api/v1/cases/{caseId}/consents/{consentId}/withdrawal",
                "KEY_WORKER", "REFUSED");
        keyWorker(caseUrl + "/consents/" + grant + "/withdrawal", "{\"withdrawnBy\": \"" + kalle + "\"}", caseId,
                "POST /api/v1/cases/{caseId}/consents/{consentId}/withdrawal");
        expect(api.get(caseUrl, "sami"), "sami", "SPECIALIST", caseId, "GET /api/v1/cases/{caseId}", "NONE", "REFUSED");

        // The list shows the case once its tracking processor has reached it.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/cases?size=100", "helena").http().body().contains(caseId));
        listed(api.get("/api/v1/cases?size=100", "maija"), "maija", "GET /api/v1/cases", caseId, "KEY_WORKER");
        listed(api.get("/api/v1/cases?size=100", "helena"), "helena", "GET /api/v1/cases", caseId, "SUPERVISION");
        for (Expected expected : script) {
            assertThat(jdbc.queryForList("""
                    SELECT username, role, case_id::text AS case_id, view_or_command AS view, basis, outcome
                    FROM access_log WHERE correlation_id = ?""", expected.correlationId()))
                    .as("the access log of %s by %s", expected.view(), expected.username())
                    .containsExactly(Map.of("username", expected.username(), "role", expected.role(),
                            "case_id", expected.caseId(), "view", expected.view(), "basis", expected.basis(),
                            "outcome", expected.outcome()));
        }
        String everything = String.join("\n", jdbc.queryForList("SELECT access_log::text FROM access_log", String.class));
        assertThat(CLIENT_DATA).noneMatch(everything::contains);
    }

    /**
     * A list read has one row per case it shows, each with the relation the list showed it in (an
     * invitation in the inbox: INVITATION), and this test's case with the basis the user has in it.
     */
    private void listed(Api.Response response, String username, String view, String caseId, String basisInThisCase) {
        assertThat(response.status()).isEqualTo(200);
        List<String> shown = new ArrayList<>();
        for (JsonNode item : response.json().get("items")) {
            shown.add(item.get("caseId").asString() + " "
                    + (item.has("relation") ? item.get("relation").asString() : "INVITATION"));
        }
        assertThat(shown).as("the list of " + username).contains(caseId + " " + basisInThisCase);
        assertThat(jdbc.queryForList("""
                SELECT case_id::text || ' ' || basis FROM access_log
                WHERE correlation_id = ? AND outcome = 'ALLOWED' AND username = ? AND view_or_command = ?""",
                String.class, response.header("X-Correlation-Id"), username, view))
                .containsExactlyInAnyOrderElementsOf(shown);
    }

    private Api.Response keyWorker(String path, String body, String caseId, String view) {
        var response = api.post(path, "maija", body);
        assertThat(response.status()).as(view).isBetween(200, 201);
        expect(response, "maija", "KEY_WORKER", caseId, view, "KEY_WORKER", "ALLOWED");
        return response;
    }

    private void expect(Api.Response response, String username, String role, String caseId, String view, String basis,
                        String outcome) {
        assertThat(response.status()).as(view + " by " + username).isLessThan(500);
        script.add(new Expected(response.header("X-Correlation-Id"), username, role, caseId, view, basis, outcome));
    }
}
