package fi.perhekeskus.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Rules of the plan that the API and the pages show, decided in one place: who may approve the
 * plan (a guardian, a child aged 12 or over; never another adult), and how long a text may be
 * (code points, as the family writes them: 4,000 emoji are 4,000 characters).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanRulesApiTest {

    private static final String EMOJI = "😊";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private String caseUrl;
    private String teenager;
    private String grandmother;
    private String guardian;

    @BeforeEach
    void openCaseWithATeenagerAndAGrandmother() {
        api = new Api(port);
        var opened = api.post("/api/v1/cases", "maija", """
                {"family": {"members": [
                  {"role": "CHILD", "displayName": "Aino", "birthDate": "%s"},
                  {"role": "GUARDIAN", "displayName": "Anna"},
                  {"role": "OTHER_ADULT", "displayName": "Mummo"}]}}""".formatted(LocalDate.now().minusYears(12)));
        assertThat(opened.status()).isEqualTo(201);
        caseUrl = opened.header("Location");
        for (JsonNode member : opened.json().get("family").get("members")) {
            switch (member.get("role").asString()) {
                case "CHILD" -> teenager = member.get("id").asString();
                case "GUARDIAN" -> guardian = member.get("id").asString();
                default -> grandmother = member.get("id").asString();
            }
        }
    }

    @Test
    void aChildOfTwelveApprovesAndAnotherAdultIsRefusedThroughTheApi() {
        var byGrandmother = approve(grandmother, 0);
        assertThat(byGrandmother.status()).isEqualTo(409);
        assertThat(byGrandmother.json().get("rule").asString()).isEqualTo("APPROVER_NOT_ENTITLED");
        assertThat(byGrandmother.json().get("item").asString()).isEqualTo(grandmother);

        assertThat(approve(teenager, 0).status()).isEqualTo(200);
    }

    @Test
    void theApprovalFormOffersExactlyThoseWhoMayApprove() {
        var browser = PageSession.signIn(port, "maija");
        String form = browser.get(pagePath() + "/approvals").http().body();

        assertThat(form).contains("value=\"" + teenager + "\"", "value=\"" + guardian + "\"")
                .doesNotContain("value=\"" + grandmother + "\"");
        var refused = browser.post(pagePath() + "/approvals", Map.of("approvedBy", grandmother, "version", "0"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.http().body()).contains("vähintään 12-vuotias");
        assertThat(browser.post(pagePath() + "/approvals", Map.of("approvedBy", teenager, "version", "0")).status())
                .isEqualTo(302);
    }

    @Test
    void fourThousandEmojiAreFourThousandCharactersForTheApiAndThePage() {
        assertThat(recordNeed(EMOJI.repeat(4000)).status()).isEqualTo(201);
        var tooLong = recordNeed(EMOJI.repeat(4001));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("description");

        var browser = PageSession.signIn(port, "maija");
        assertThat(browser.post(pagePath() + "/needs", needForm(EMOJI.repeat(4000))).status()).isEqualTo(302);
        var tooLongOnThePage = browser.post(pagePath() + "/needs", needForm(EMOJI.repeat(4001)));
        assertThat(tooLongOnThePage.status()).isEqualTo(400);
        assertThat(tooLongOnThePage.http().body()).contains("error-description");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                AND payload_type LIKE '%NeedRecorded'""", Integer.class, caseUrl.substring(caseUrl.lastIndexOf('/') + 1)))
                .as("needs stored").isEqualTo(2);
    }

    private Api.Response approve(String member, long version) {
        return api.post(caseUrl + "/approvals", "maija", """
                {"approvedBy": "%s", "version": %d}""".formatted(member, version));
    }

    private Api.Response recordNeed(String description) {
        return api.post(caseUrl + "/needs", "maija", """
                {"description": "%s", "raisedBy": "%s", "concernsMemberIds": ["%s"]}"""
                .formatted(description, guardian, teenager));
    }

    private Map<String, String> needForm(String description) {
        return Map.of("description", description, "raisedBy", guardian, "concernsMemberIds", teenager);
    }

    private String pagePath() {
        return caseUrl.substring("/api/v1".length());
    }
}
