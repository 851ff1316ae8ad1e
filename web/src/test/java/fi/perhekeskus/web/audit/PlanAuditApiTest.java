package fi.perhekeskus.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PlanBodies;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import fi.perhekeskus.web.access.Situations;
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
 * The plan at a moment, its versions and diffs (docs/api.md, "History and audit"), for a case whose
 * events are those of {@link Situations}: open (0), need A recorded (1) and agreed (2), need B
 * recorded (3) and agreed (4), three consents to need A (5-7), the member invited (8) and joined
 * (9), an action (10), the invitee invited (11), then what each test adds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class PlanAuditApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePlanAtAMomentHasWhatHadHappenedByThenAndWhoCouldSeeWhat() {
        var api = new Api(port);
        Situations.Case departed = situations.build("departed");
        String caseUrl = "/api/v1/cases/" + departed.caseId();
        List<Instant> at = timestamps(api, caseUrl);

        JsonNode beforeJoining = api.get(caseUrl + "/plan?at=" + at.get(8), "maija").json();
        assertThat(beforeJoining.get("version").asLong()).isEqualTo(8);
        assertThat(beforeJoining.get("plan").get("needs")).hasSize(2);
        assertThat(beforeJoining.get("plan").get("network").get("members")).isEmpty();
        assertThat(beforeJoining.get("rights")).isEmpty();

        JsonNode member = api.get(caseUrl + "/plan?at=" + at.get(11), "helena").json();
        assertThat(member.get("rights")).hasSize(1);
        assertThat(member.get("rights").get(0).get("displayName").asString()).isEqualTo("Sami Salo");
        assertThat(member.get("rights").get(0).get("needIds").get(0).asString())
                .isEqualTo(departed.needA().toString());

        JsonNode afterLeaving = api.get(caseUrl + "/plan?at=" + at.get(14), "maija").json();
        assertThat(afterLeaving.get("plan").get("network").get("members")).isEmpty();

        assertThat(api.get(caseUrl + "/plan?at=" + at.get(0).minusSeconds(60), "maija").status()).isEqualTo(404);
        assertThat(api.get(caseUrl, "maija").json().get("network").get("members")).isEmpty();
    }

    @Test
    void aConsentPastItsEndSharesNothingAtThatMomentThoughNoExpiryWasRecorded() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String caseUrl = "/api/v1/cases/" + east.caseId();
        Instant muchLater = Instant.now().plus(Duration.ofDays(3 * 365));

        JsonNode later = api.get(caseUrl + "/plan?at=" + muchLater, "maija").json();

        assertThat(later.get("plan").get("network").get("members")).hasSize(1);
        assertThat(later.get("rights").get(0).get("needIds")).isEmpty();
        assertThat(later.get("plan").get("consents")).allSatisfy(consent ->
                assertThat(consent.get("status").asString()).isEqualTo("ACTIVE"));
    }

    @Test
    void versionsMarkWhatTheFamilyApprovedAndDiffsListExactlyWhatChanged() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String caseUrl = "/api/v1/cases/" + east.caseId();
        assertThat(api.post(caseUrl + "/approvals", "maija", """
                {"approvedBy": "%s", "version": 13}""".formatted(east.guardian())).status()).isEqualTo(200);

        JsonNode approved = api.get(caseUrl + "/plan/versions", "maija").json();
        assertThat(approved.get("versions")).hasSize(15);
        assertThat(approved.get("versions").get(13).get("approval").get("approvedByName").asString()).isEqualTo("Anna");
        assertThat(approved.get("versions").get(12).get("approval").isNull()).isTrue();
        assertThat(approved.get("changedSinceApproval").asBoolean()).isFalse();
        assertThat(api.post(caseUrl + "/reviews", "maija", PlanBodies.review(api, caseUrl, "maija", east.guardian(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2030, 1, 1))).status()).isEqualTo(201);
        assertThat(api.get(caseUrl + "/plan/versions", "helena").json().get("changedSinceApproval").asBoolean())
                .isTrue();

        JsonNode diff = api.get(caseUrl + "/plan/diff?from=3&to=4", "maija").json();
        List<String> changes = new ArrayList<>();
        diff.get("changes").forEach(change -> changes.add(change.get("section").asString() + " "
                + change.get("kind").asString() + " " + change.get("key").asString()));
        assertThat(changes).containsExactly("needs CHANGED " + east.needB(),
                "agreements ADDED " + east.needB() + "/" + east.guardian());
        assertThat(diff.get("changes").get(0).get("before").get("status").asString()).isEqualTo("PROPOSED");
        assertThat(diff.get("changes").get(0).get("after").get("status").asString()).isEqualTo("AGREED");
        assertThat(api.get(caseUrl + "/plan/diff?from=0&to=99", "maija").status()).isEqualTo(404);
    }

    @Test
    void onlyTheKeyWorkerAndTheUnitsSupervisorLookBackAndEveryLookIsLogged() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String caseUrl = "/api/v1/cases/" + east.caseId();
        for (String path : List.of("/plan?at=" + Instant.now(), "/plan/versions", "/plan/diff?from=0&to=1")) {
            assertThat(api.get(caseUrl + path, "pekka").status()).as(path).isEqualTo(404);
            assertThat(api.get(caseUrl + path, "jari").status()).as(path).isEqualTo(404);
            assertThat(api.get(caseUrl + path, "sami").status()).as(path).isEqualTo(403);
            assertThat(api.get(caseUrl + path, "helena").status()).as(path).isEqualTo(200);
        }
        assertThat(jdbc.queryForList("""
                SELECT view_or_command || ' ' || username || ' ' || basis || ' ' || outcome FROM access_log
                WHERE case_id = ? AND view_or_command LIKE 'GET /api/v1/cases/{caseId}/plan%' ORDER BY id""",
                String.class, east.caseId())).containsExactly(
                "GET /api/v1/cases/{caseId}/plan pekka NONE REFUSED",
                "GET /api/v1/cases/{caseId}/plan jari NONE REFUSED",
                "GET /api/v1/cases/{caseId}/plan sami MEMBERSHIP REFUSED",
                "GET /api/v1/cases/{caseId}/plan helena SUPERVISION ALLOWED",
                "GET /api/v1/cases/{caseId}/plan/versions pekka NONE REFUSED",
                "GET /api/v1/cases/{caseId}/plan/versions jari NONE REFUSED",
                "GET /api/v1/cases/{caseId}/plan/versions sami MEMBERSHIP REFUSED",
                "GET /api/v1/cases/{caseId}/plan/versions helena SUPERVISION ALLOWED",
                "GET /api/v1/cases/{caseId}/plan/diff pekka NONE REFUSED",
                "GET /api/v1/cases/{caseId}/plan/diff jari NONE REFUSED",
                "GET /api/v1/cases/{caseId}/plan/diff sami MEMBERSHIP REFUSED",
                "GET /api/v1/cases/{caseId}/plan/diff helena SUPERVISION ALLOWED");
    }

    private static List<Instant> timestamps(Api api, String caseUrl) {
        List<Instant> at = new ArrayList<>();
        api.get(caseUrl + "/history?size=500", "maija").json().get("items")
                .forEach(event -> at.add(Instant.parse(event.get("at").asString())));
        return at;
    }
}
