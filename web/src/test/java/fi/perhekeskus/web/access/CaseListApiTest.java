package fi.perhekeskus.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.perhekeskus.platform.axon.ProjectionRebuild;
import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PlanBodies;
import io.micrometer.core.instrument.MeterRegistry;
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
 * Each professional's case list and invitation inbox (docs/api.md {@code GET /api/v1/cases} and
 * {@code GET /api/v1/invitations}): who is shown which case, with what, and that a handover, a
 * departure or an answered invitation is in force for the very next list although the list's
 * figures catch up after the commands.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class CaseListApiTest {

    private static final Duration CATCH_UP = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    MeterRegistry meters;

    @Test
    void eachRoleListsItsOwnCasesWithOnlyWhatItsRelationShows() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        JsonNode mine = listed(api, "maija", east.caseId());

        assertThat(mine.get("relation").asString()).isEqualTo("KEY_WORKER");
        assertThat(mine.get("status").asString()).isEqualTo("OPEN");
        assertThat(mine.get("keyWorker").get("displayName").asString()).isEqualTo("Maija Mäkelä");
        assertThat(mine.get("children").get(0).asString()).isEqualTo("Eetu");
        assertThat(mine.get("openNeeds").asInt()).isEqualTo(2);
        assertThat(mine.get("awaitingAgreement").asInt()).isZero();
        assertThat(mine.get("pendingInvitations").asInt()).isEqualTo(1);
        assertThat(mine.get("overdueActions").asInt()).isZero();

        JsonNode samis = listed(api, "sami", east.caseId());
        assertThat(samis.get("relation").asString()).isEqualTo("MEMBERSHIP");
        assertThat(samis.get("children")).isEmpty();
        assertThat(samis.get("openNeeds").isNull()).isTrue();
        assertThat(allPages(api, "sami")).doesNotContain("Eetu").doesNotContain(Situations.NEED_A);
        assertThat(listed(api, "helena", east.caseId()).get("relation").asString()).isEqualTo("SUPERVISION");
        for (String outsider : List.of("jari", "outi", "tuula", "pekka")) {
            assertThat(allPages(api, outsider)).as(outsider).doesNotContain(east.caseId().toString());
        }
    }

    @Test
    void aHandoverAndADepartureAreInForceForTheVeryNextList() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        listed(api, "maija", east.caseId());
        listed(api, "sami", east.caseId());

        assertThat(api.post("/api/v1/cases/" + east.caseId() + "/key-worker-handover", "helena", """
                {"newKeyWorkerId": "%s", "reason": "Maija siirtyy toiseen tiimiin"}"""
                .formatted(east.otherKeyWorker().getId())).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/cases/" + east.caseId() + "/members/" + east.member().getId() + "/departure",
                "sami", "{}").status()).isEqualTo(200);

        assertThat(allPages(api, "maija")).doesNotContain(east.caseId().toString());
        assertThat(allPages(api, "sami")).doesNotContain(east.caseId().toString());
        assertThat(listed(api, "jari", east.caseId()).get("relation").asString()).isEqualTo("KEY_WORKER");
    }

    @Test
    void statusFilterPagingAndTheAccessLogOfWhatWasListed() {
        var api = new Api(port);
        Situations.Case open = situations.build("west");
        Situations.Case closed = situations.build("west");
        String closedUrl = "/api/v1/cases/" + closed.caseId();
        assertThat(api.post(closedUrl + "/closure", "jari", PlanBodies.closing(api, closedUrl, "jari", "Tuki päättyi"))
                .status()).isEqualTo(200);
        listed(api, "jari", closed.caseId());

        assertThat(allPages(api, "jari", "status=CLOSED")).contains(closed.caseId().toString())
                .doesNotContain(open.caseId().toString());
        assertThat(allPages(api, "jari", "status=OPEN")).contains(open.caseId().toString())
                .doesNotContain(closed.caseId().toString());
        var firstOfOne = api.get("/api/v1/cases?size=1", "jari");
        assertThat(firstOfOne.json().get("items")).hasSize(1);
        assertThat(firstOfOne.json().get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(api.get("/api/v1/cases?size=1000", "jari").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/cases?status=SOMETIMES", "jari").status()).isEqualTo(400);

        String correlationId = firstOfOne.header("X-Correlation-Id");
        assertThat(jdbc.queryForList("""
                SELECT case_id::text || ' ' || basis || ' ' || outcome || ' ' || view_or_command FROM access_log
                WHERE correlation_id = ?""", String.class, correlationId))
                .containsExactly(firstOfOne.json().get("items").get(0).get("caseId").asString()
                        + " KEY_WORKER ALLOWED GET /api/v1/cases");
    }

    @Test
    void aRebuiltListShowsTheSameFigures() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        JsonNode before = listed(api, "maija", east.caseId());
        jdbc.update("DELETE FROM case_list_need WHERE case_id = ?", east.caseId());

        rebuild.rebuild("case-list");

        // Until the restarted processor has claimed its reset segments its lag may still read 0.
        await().atMost(CATCH_UP).untilAsserted(() -> assertThat(listed(api, "maija", east.caseId())).isEqualTo(before));
    }

    @Test
    void theInboxShowsWhatTheInvitationIsForAsConsentCoversItUntilItIsAnswered() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");

        JsonNode inbox = api.get("/api/v1/invitations?size=100", "outi").json().get("items");
        JsonNode invitation = find(inbox, east.invitation());
        assertThat(invitation).isNotNull();
        assertThat(invitation.get("caseId").asString()).isEqualTo(east.caseId().toString());
        assertThat(invitation.get("needs")).hasSize(1);
        assertThat(invitation.get("needs").get(0).get("description").asString()).isEqualTo(Situations.NEED_A);
        assertThat(invitation.toString()).doesNotContain(Situations.NEED_B).doesNotContain(east.needB().toString());
        assertThat(find(api.get("/api/v1/invitations?size=100", "sami").json().get("items"), east.invitation()))
                .isNull();

        assertThat(api.post("/api/v1/invitations/" + east.invitation() + "/decline", "outi",
                "{\"reason\": \"Ei vapaita aikoja\"}").status()).isEqualTo(200);
        assertThat(find(api.get("/api/v1/invitations?size=100", "outi").json().get("items"), east.invitation()))
                .isNull();
    }

    @Test
    void anInvitationPastItsRespondByDateIsNotShownBeforeItsExpiryIsRecorded() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        assertThat(find(api.get("/api/v1/invitations?size=100", "outi").json().get("items"), east.invitation()))
                .isNotNull();

        clock.advance(Duration.ofDays(8));

        assertThat(find(api.get("/api/v1/invitations?size=100", "outi").json().get("items"), east.invitation()))
                .isNull();
    }

    /** The case's row in the user's list, once the list has caught up with every stored event. */
    private JsonNode listed(Api api, String username, UUID caseId) {
        caughtUp();
        JsonNode row = row(api, username, caseId);
        assertThat(row).as("%s's row for %s", username, caseId).isNotNull();
        return row;
    }

    /** The list's figures lag the plan by design; a test reads them once the lag is gone. */
    private void caughtUp() {
        await().atMost(CATCH_UP).until(() -> meters.get("familycentre.processor.lag").tag("processor", "case-list")
                .gauge().value() == 0);
    }

    private static JsonNode row(Api api, String username, UUID caseId) {
        for (JsonNode page : pages(api, username, "")) {
            JsonNode row = find(page.get("items"), caseId, "caseId");
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    private static String allPages(Api api, String username, String... filters) {
        return pages(api, username, String.join("&", filters)).toString();
    }

    private static List<JsonNode> pages(Api api, String username, String filter) {
        List<JsonNode> pages = new ArrayList<>();
        for (int page = 0; ; page++) {
            var response = api.get("/api/v1/cases?size=100&page=" + page + "&" + filter, username);
            assertThat(response.status()).isEqualTo(200);
            JsonNode body = response.json();
            pages.add(body);
            if ((long) (page + 1) * 100 >= body.get("totalItems").asLong()) {
                return pages;
            }
        }
    }

    private static JsonNode find(JsonNode items, UUID id) {
        return find(items, id, "id");
    }

    private static JsonNode find(JsonNode items, UUID id, String field) {
        for (JsonNode item : items) {
            if (item.get(field).asString().equals(id.toString())) {
                return item;
            }
        }
        return null;
    }
}
