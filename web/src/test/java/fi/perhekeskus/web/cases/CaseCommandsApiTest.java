package fi.perhekeskus.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The plan's commands through HTTP, signed in as the demo directory. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseCommandsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String caseUrl;
    String childId;
    String guardianId;

    @BeforeEach
    void openCaseAsMaija() {
        api = new Api(port);
        var opened = api.post("/api/v1/cases", "maija", """
                {"family": {"members": [
                  {"role": "CHILD", "displayName": "Eetu", "birthDate": "2018-03-04"},
                  {"role": "GUARDIAN", "displayName": "Anna"}]}}""");
        assertThat(opened.status()).isEqualTo(201);
        caseUrl = opened.header("Location");
        assertThat(caseUrl).isEqualTo("/api/v1/cases/" + opened.json().get("id").asString());
        assertThat(opened.header("ETag")).isEqualTo("\"0\"");
        var view = opened.json();
        assertThat(view.get("version").asLong()).as("the body is the key worker's view").isZero();
        assertThat(view.get("status").asString()).isEqualTo("OPEN");
        assertThat(view.get("keyWorker").get("username").asString()).isEqualTo("maija");
        assertThat(view.get("family").get("members")).hasSize(2);
        assertThat(view.get("needs")).isEmpty();
        var members = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0""", String.class,
                opened.json().get("id").asString()).get(0);
        childId = members.replaceAll(".*\\{\"memberId\":\"([^\"]+)\",\"role\":\"CHILD\".*", "$1");
        guardianId = members.replaceAll(".*\\{\"memberId\":\"([^\"]+)\",\"role\":\"GUARDIAN\".*", "$1");
    }

    @Test
    void keyWorkerRecordsANeedInTheFamilysWordsAndItsAgreement() {
        var need = recordNeed();
        assertThat(need.status()).isEqualTo(201);
        assertThat(need.header("Location")).startsWith(caseUrl + "/needs/");
        assertThat(need.header("ETag")).isEqualTo("\"1\"");

        var agreement = api.post(need.header("Location") + "/agreement", "maija", """
                {"memberId": "%s", "decision": "AGREED", "channel": "MEETING", "givenAt": "%s"}"""
                .formatted(guardianId, Instant.now().minusSeconds(60)));
        assertThat(agreement.status()).isEqualTo(200);
        assertThat(agreement.header("ETag")).isEqualTo("\"2\"");
        assertThat(agreement.header("X-Correlation-Id")).isNotBlank();
    }

    @Test
    void aBrokenRuleIsAConflictNamingTheRuleAndTheItem() {
        String needId = recordNeed().json().get("id").asString();
        var invitation = api.post(caseUrl + "/invitations", "maija", """
                {"specialistId": "%s", "needIds": ["%s"], "message": "Tervetuloa", "respondBy": "%s"}"""
                .formatted(professionalId("sami"), needId, LocalDate.now().plusDays(7)));
        assertThat(invitation.status()).isEqualTo(409);
        assertThat(invitation.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invitation.json().get("rule").asString()).isEqualTo("NEED_NOT_AGREED");
        assertThat(invitation.json().get("item").asString()).isEqualTo(needId);
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        recordNeed();
        var stale = api.post(caseUrl + "/needs", "maija", needBody(), "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        var current = api.post(caseUrl + "/needs", "maija", needBody(), "If-Match", "\"1\"");
        assertThat(current.status()).isEqualTo(201);
        assertThat(events()).isEqualTo(3);
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyGetsTheFirstAnswerAndChangesNothing() {
        var first = api.post(caseUrl + "/needs", "maija", needBody(), "Idempotency-Key", "need-1");
        var repeat = api.post(caseUrl + "/needs", "maija", needBody(), "Idempotency-Key", "need-1");
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.http().body()).isEqualTo(first.http().body());
        assertThat(events()).isEqualTo(2);

        var otherBody = api.post(caseUrl + "/needs", "maija", needBody().replace("Iltaisin", "Aamuisin"),
                "Idempotency-Key", "need-1");
        assertThat(otherBody.status()).isEqualTo(422);
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        var bodies = List.of(
                "{not json",
                needBody().replace("}", ", \"unexpected\": 1}"),
                needBody().replace("\"KEY_WORKER\"", "\"THE_NEIGHBOUR\""),
                "{\"raisedBy\": \"KEY_WORKER\", \"concernsMemberIds\": [\"%s\"]}".formatted(childId),
                needBody().replace(childId, "not-a-uuid"),
                needBody().replace("Iltaisin on vaikea saada Eetu nukkumaan", "x".repeat(4001)),
                "[]",
                "{\"description\": 5, \"raisedBy\": \"KEY_WORKER\", \"concernsMemberIds\": 7}");
        for (String body : bodies) {
            var response = api.post(caseUrl + "/needs", "maija", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(body).startsWith("application/problem+json");
        }
        var missing = api.post(caseUrl + "/needs", "maija",
                "{\"raisedBy\": \"KEY_WORKER\", \"concernsMemberIds\": [\"%s\"]}".formatted(childId));
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
        assertThat(events()).isEqualTo(1);
    }

    @Test
    void othersLearnNothingAndTheSupervisorMayNotChangeThePlan() {
        assertThat(api.post(caseUrl + "/needs", "jari", needBody()).status()).isEqualTo(404);
        assertThat(api.post(caseUrl + "/needs", "pekka", needBody()).status()).isEqualTo(404);
        assertThat(api.post(caseUrl + "/needs", "sami", needBody()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/cases/" + java.util.UUID.randomUUID() + "/needs", "maija", needBody()).status())
                .isEqualTo(404);
        var supervisor = api.post(caseUrl + "/needs", "helena", needBody());
        assertThat(supervisor.status()).isEqualTo(403);
        assertThat(supervisor.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.post(caseUrl + "/needs", null, needBody()).status()).isEqualTo(401);
        assertThat(events()).isEqualTo(1);

        assertThat(jdbc.queryForList("""
                SELECT username || ' ' || outcome || ' ' || basis || ' ' || view_or_command FROM access_log
                WHERE case_id = ?::uuid ORDER BY id""", String.class, caseUrl.substring(caseUrl.lastIndexOf('/') + 1)))
                .containsExactly(
                        "maija ALLOWED KEY_WORKER POST /api/v1/cases",
                        "jari REFUSED NONE POST /api/v1/cases/{caseId}/needs",
                        "pekka REFUSED NONE POST /api/v1/cases/{caseId}/needs",
                        "sami REFUSED NONE POST /api/v1/cases/{caseId}/needs",
                        "helena REFUSED SUPERVISION POST /api/v1/cases/{caseId}/needs");
    }

    @Test
    void onlyKeyWorkersOpenCases() {
        assertThat(api.post("/api/v1/cases", "sami", """
                {"family": {"members": [{"role": "CHILD", "displayName": "Eetu", "birthDate": "2018-03-04"}]}}""")
                .status()).isEqualTo(403);
        var forSpecialist = api.post("/api/v1/cases", "maija", """
                {"family": {"members": [{"role": "CHILD", "displayName": "Eetu", "birthDate": "2018-03-04"}]},
                 "keyWorkerId": "%s"}""".formatted(professionalId("sami")));
        assertThat(forSpecialist.status()).isEqualTo(400);
        assertThat(forSpecialist.json().get("errors").get(0).get("field").asString()).isEqualTo("keyWorkerId");
    }

    @Test
    void anInvitedSpecialistJoinsAndAHandoverMovesTheKeyWorkersRights() {
        var need = recordNeed();
        String needId = need.json().get("id").asString();
        api.post(need.header("Location") + "/agreement", "maija", """
                {"memberId": "%s", "decision": "AGREED", "channel": "PHONE", "givenAt": "%s"}"""
                .formatted(guardianId, Instant.now().minusSeconds(60)));
        assertThat(api.post(caseUrl + "/consents", "maija", """
                {"givenBy": "%s", "decision": "GRANT", "recipient": {"kind": "PROFESSIONAL", "id": "%s"},
                 "needIds": ["%s"], "purpose": "Perheneuvonta", "validUntil": "%s", "form": "WRITTEN"}"""
                .formatted(guardianId, professionalId("sami"), needId, LocalDate.now().plusMonths(6))).status())
                .isEqualTo(201);
        var invitation = api.post(caseUrl + "/invitations", "maija", """
                {"specialistId": "%s", "needIds": ["%s"], "message": "Tervetuloa", "respondBy": "%s"}"""
                .formatted(professionalId("sami"), needId, LocalDate.now().plusDays(7)));
        assertThat(invitation.status()).isEqualTo(201);
        String invitationUrl = "/api/v1/invitations/" + invitation.json().get("id").asString();

        assertThat(api.post(invitationUrl + "/acceptance", "outi", "{}").status()).isEqualTo(404);
        assertThat(api.post(invitationUrl + "/acceptance", "sami", "{}").status()).isEqualTo(200);
        assertThat(api.post(invitationUrl + "/acceptance", "sami", "{}").status()).isEqualTo(404);

        var handover = api.post(caseUrl + "/key-worker-handover", "helena", """
                {"newKeyWorkerId": "%s", "reason": "Maija jää vapaalle"}""".formatted(professionalId("jari")));
        assertThat(handover.status()).isEqualTo(200);
        assertThat(api.post(caseUrl + "/needs", "maija", needBody()).status()).isEqualTo(404);
        assertThat(api.post(caseUrl + "/needs", "jari", needBody()).status()).isEqualTo(201);

        assertThat(api.post(caseUrl + "/members/" + professionalId("sami") + "/departure", "sami", "{}").status())
                .isEqualTo(200);
        assertThat(api.post(caseUrl + "/members/" + professionalId("sami") + "/departure", "sami", "{}").status())
                .isEqualTo(404);
    }

    private Api.Response recordNeed() {
        return api.post(caseUrl + "/needs", "maija", needBody());
    }

    private String needBody() {
        return """
                {"description": "Iltaisin on vaikea saada Eetu nukkumaan", "raisedBy": "KEY_WORKER",
                 "concernsMemberIds": ["%s"]}""".formatted(childId);
    }

    private String professionalId(String username) {
        return jdbc.queryForObject("SELECT id::text FROM professional WHERE username = ?", String.class, username);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, caseUrl.substring(caseUrl.lastIndexOf('/') + 1));
    }
}
