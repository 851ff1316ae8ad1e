package fi.perhekeskus.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * docs/domain.md's minors' rule, through the API: a child who understands the matter refuses sharing
 * their own need with a specialist, and a guardian's consent to the same specialist does not
 * override it, while the guardian's own need is shared.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class MinorsRuleApiTest {

    private static final String CHILDS_NEED = "En halua että koulussa tiedetään kotiasioista";
    private static final String MOTHERS_NEED = "Jaksaminen yksinhuoltajana";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Test
    void aChildsRefusalHidesTheChildsNeedFromTheSpecialistThoughTheGuardianGranted() {
        var api = new Api(port);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String caseUrl = api.post("/api/v1/cases", "maija", """
                {"family": {"members": [
                  {"role": "CHILD", "displayName": "Ella", "birthDate": "%s"},
                  {"role": "GUARDIAN", "displayName": "Sari"}]}}""".formatted(today.minusYears(14)))
                .header("Location");
        JsonNode members = api.get(caseUrl, "maija").json().get("family").get("members");
        String ella = members.get(0).get("id").asString();
        String sari = members.get(1).get("id").asString();
        String sami = api.get("/api/v1/professionals?q=sami", "maija").json().get("items").get(0).get("id").asString();
        String childsNeed = agreedNeed(api, caseUrl, CHILDS_NEED, ella, sari);
        String mothersNeed = agreedNeed(api, caseUrl, MOTHERS_NEED, sari, sari);

        assertThat(api.post(caseUrl + "/consents", "maija", """
                {"givenBy": "%s", "decision": "GRANT", "recipient": {"kind": "PROFESSIONAL", "id": "%s"},
                 "needIds": ["%s", "%s"], "purpose": "Perheneuvonta", "validUntil": "%s", "form": "WRITTEN"}"""
                .formatted(sari, sami, childsNeed, mothersNeed, today.plusMonths(3))).status()).isEqualTo(201);
        assertThat(api.post(caseUrl + "/consents", "maija", """
                {"givenBy": "%s", "decision": "REFUSE", "recipient": {"kind": "PROFESSIONAL", "id": "%s"},
                 "needIds": ["%s"], "form": "VERBAL", "childMaturityAssessed": true}"""
                .formatted(ella, sami, childsNeed)).status()).isEqualTo(201);

        var preview = api.get(caseUrl + "/preview?specialistId=" + sami, "maija");
        assertThat(preview.http().body()).contains(MOTHERS_NEED).doesNotContain(CHILDS_NEED).doesNotContain(childsNeed);

        var inviteForChildsNeed = api.post(caseUrl + "/invitations", "maija", invitation(sami, childsNeed, today));
        assertThat(inviteForChildsNeed.status()).isEqualTo(409);
        assertThat(inviteForChildsNeed.json().get("rule").asString()).isEqualTo("CHILD_REFUSED");

        var invitation = api.post(caseUrl + "/invitations", "maija", invitation(sami, mothersNeed, today));
        assertThat(api.post("/api/v1/invitations/" + invitation.json().get("id").asString() + "/acceptance", "sami",
                "{}").status()).isEqualTo(200);
        var samisView = api.get(caseUrl, "sami");
        assertThat(samisView.status()).isEqualTo(200);
        assertThat(samisView.http().body()).contains(MOTHERS_NEED).doesNotContain(CHILDS_NEED)
                .doesNotContain(childsNeed).doesNotContain("Ella");
    }

    private String agreedNeed(Api api, String caseUrl, String description, String concerns, String agreedBy) {
        String needId = api.post(caseUrl + "/needs", "maija", """
                {"description": "%s", "raisedBy": "%s", "concernsMemberIds": ["%s"]}"""
                .formatted(description, concerns, concerns)).json().get("id").asString();
        assertThat(api.post(caseUrl + "/needs/" + needId + "/agreement", "maija", """
                {"memberId": "%s", "decision": "AGREED", "channel": "MEETING", "givenAt": "%s"}"""
                .formatted(agreedBy, clock.instant().minusSeconds(60))).status()).isEqualTo(200);
        return needId;
    }

    private static String invitation(String specialistId, String needId, LocalDate today) {
        return """
                {"specialistId": "%s", "needIds": ["%s"], "message": "Tervetuloa", "respondBy": "%s"}"""
                .formatted(specialistId, needId, today.plusDays(7));
    }
}
