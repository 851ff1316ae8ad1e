package fi.perhekeskus.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The story of docs/api.md's case view: the key worker sees everything, the specialist only what the
 * family's consent covers, and not a moment longer than the consent stands.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseViewApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSpecialistSeesOnlyTheConsentedNeedAndLosesItWithTheConsent() {
        var api = new Api(port);
        var opened = api.post("/api/v1/cases", "maija", """
                {"family": {"members": [
                  {"role": "CHILD", "displayName": "Eetu", "birthDate": "2018-03-04"},
                  {"role": "GUARDIAN", "displayName": "Anna"}]}}""");
        String caseUrl = opened.header("Location");
        JsonNode family = api.get(caseUrl, "maija").json().get("family").get("members");
        String child = memberId(family, "CHILD");
        String guardian = memberId(family, "GUARDIAN");
        String sami = professionalId("sami");

        String speech = need(api, caseUrl, child, "Puhe ei selkeydy", guardian, "AGREED");
        String sleep = need(api, caseUrl, child, "Iltaisin on vaikea nukahtaa", guardian, "DISAGREED");
        var consent = api.post(caseUrl + "/consents", "maija", """
                {"givenBy": "%s", "decision": "GRANT", "recipient": {"kind": "PROFESSIONAL", "id": "%s"},
                 "needIds": ["%s"], "purpose": "Perheneuvonta", "validUntil": "%s", "form": "WRITTEN"}"""
                .formatted(guardian, sami, speech, LocalDate.now().plusMonths(6)));
        assertThat(consent.status()).isEqualTo(201);

        var preview = api.get(caseUrl + "/preview?specialistId=" + sami, "maija");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(needIds(preview.json())).containsExactly(speech);

        var invitation = api.post(caseUrl + "/invitations", "maija", """
                {"specialistId": "%s", "needIds": ["%s"], "message": "Tervetuloa", "respondBy": "%s"}"""
                .formatted(sami, speech, LocalDate.now().plusDays(7)));
        assertThat(api.post("/api/v1/invitations/" + invitation.json().get("id").asString() + "/acceptance",
                "sami", "{}").status()).isEqualTo(200);

        var samisView = api.get(caseUrl, "sami");
        assertThat(samisView.status()).isEqualTo(200);
        assertThat(needIds(samisView.json())).containsExactly(speech);
        assertThat(samisView.http().body()).doesNotContain("Iltaisin");
        assertThat(samisView.header("Cache-Control")).contains("no-store");
        JsonNode keyWorker = samisView.json().get("keyWorker");
        assertThat(keyWorker.get("username").asString()).isEqualTo("maija");
        assertThat(keyWorker.get("displayName").asString()).isEqualTo("Maija Mäkelä");
        assertThat(samisView.json().get("network").get("members").get(0).get("displayName").asString())
                .isEqualTo("Sami Salo");
        assertThat(needIds(api.get(caseUrl, "maija").json())).containsExactly(speech, sleep);
        assertThat(needIds(api.get(caseUrl, "helena").json())).containsExactly(speech, sleep);
        assertThat(api.get(caseUrl, "jari").status()).isEqualTo(404);
        assertThat(api.get(caseUrl, "pekka").status()).isEqualTo(404);
        assertThat(api.get(caseUrl + "/preview?specialistId=" + sami, "helena").status()).isEqualTo(403);

        var withdrawal = api.post(caseUrl + "/consents/" + consent.json().get("id").asString() + "/withdrawal",
                "maija", "{\"withdrawnBy\": \"%s\"}".formatted(guardian));
        assertThat(withdrawal.status()).isEqualTo(200);
        assertThat(api.get(caseUrl, "sami").status()).isEqualTo(404);

        assertThat(jdbc.queryForList("""
                SELECT outcome || ' ' || basis FROM access_log
                WHERE case_id = ?::uuid AND username = 'sami' AND view_or_command = 'GET /api/v1/cases/{caseId}'
                ORDER BY id""", String.class, caseUrl.substring(caseUrl.lastIndexOf('/') + 1)))
                .containsExactly("ALLOWED MEMBERSHIP", "REFUSED NONE");
    }

    private static String need(Api api, String caseUrl, String child, String words, String guardian, String decision) {
        var need = api.post(caseUrl + "/needs", "maija", """
                {"description": "%s", "raisedBy": "%s", "concernsMemberIds": ["%s"]}"""
                .formatted(words, guardian, child));
        assertThat(api.post(need.header("Location") + "/agreement", "maija", """
                {"memberId": "%s", "decision": "%s", "channel": "MEETING", "givenAt": "%s"}"""
                .formatted(guardian, decision, Instant.now().minusSeconds(60))).status()).isEqualTo(200);
        return need.json().get("id").asString();
    }

    private static String memberId(JsonNode members, String role) {
        for (JsonNode member : members) {
            if (member.get("role").asString().equals(role)) {
                return member.get("id").asString();
            }
        }
        throw new AssertionError("no " + role);
    }

    private static List<String> needIds(JsonNode view) {
        var ids = new ArrayList<String>();
        view.get("needs").forEach(need -> ids.add(need.get("id").asString()));
        return ids;
    }

    private String professionalId(String username) {
        return jdbc.queryForObject("SELECT id::text FROM professional WHERE username = ?", String.class, username);
    }
}
