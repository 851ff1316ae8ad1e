package fi.perhekeskus.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import fi.perhekeskus.web.Api;
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
 * A case's history (docs/api.md {@code GET /cases/{caseId}/history}): every stored event in order, a page
 * at a time, who did it, a summary in the reader's language and what it recorded in the history's
 * own shape, for the key worker and the unit's supervisors.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class HistoryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theKeyWorkerAndTheSupervisorReadEveryEventInOrderWithWhoDidIt() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String history = "/api/v1/cases/" + east.caseId() + "/history";

        var read = api.get(history, "maija");

        assertThat(read.status()).isEqualTo(200);
        JsonNode items = read.json().get("items");
        long events = situations.version(east.caseId()) + 1;
        assertThat(items).hasSize((int) events);
        assertThat(read.json().get("totalItems").asLong()).isEqualTo(events);
        for (int sequence = 0; sequence < items.size(); sequence++) {
            assertThat(items.get(sequence).get("sequence").asLong()).isEqualTo(sequence);
        }
        JsonNode opened = items.get(0);
        assertThat(opened.get("type").asString()).isEqualTo("CaseOpened");
        assertThat(opened.get("summary").asString()).isEqualTo("Asiakkuus avattiin ja omatyöntekijä nimettiin");
        assertThat(opened.get("actor").get("name").asString()).isEqualTo("Maija Mäkelä");
        assertThat(opened.get("actor").get("role").asString()).isEqualTo("KEY_WORKER");
        assertThat(items).anySatisfy(event -> {
            assertThat(event.get("type").asString()).isEqualTo("InvitationAccepted");
            assertThat(event.get("actor").get("name").asString()).isEqualTo("Sami Salo");
            assertThat(event.get("actor").get("role").asString()).isEqualTo("SPECIALIST");
        });
        assertThat(api.get(history, "helena").status()).isEqualTo(200);
        assertThat(api.get(history + "?size=2&page=1", "maija").json().get("items").get(0).get("sequence").asLong())
                .isEqualTo(2);
    }

    @Test
    void eachEntrysDataIsTheHistorysOwnShapeForItsTypeNotTheStoredEvent() {
        Situations.Case east = situations.build("east");

        JsonNode items = new Api(port).get("/api/v1/cases/" + east.caseId() + "/history", "helena").json()
                .get("items");

        JsonNode opening = items.get(0).get("data");
        assertThat(opening.get("keyWorkerId").asString()).isEqualTo(east.keyWorker().getId().toString());
        assertThat(opening.get("members")).extracting(member -> member.get("displayName").asString())
                .contains("Anna");
        JsonNode invited = entry(items, "SpecialistInvited").get("data");
        assertThat(invited.get("specialistId").asString()).isEqualTo(east.member().getId().toString());
        assertThat(invited.get("needIds")).extracting(JsonNode::asString).containsExactly(east.needA().toString());
        assertThat(entry(items, "NeedAgreed").get("data").get("decision").asString()).isEqualTo("AGREED");
        assertThat(items).allSatisfy(entry -> assertThat(entry.get("data").propertyNames())
                .as("the case is the entry's, and the scheduler's bookkeeping is not the reader's")
                .doesNotContain("caseId", "expiryDeadlineId"));
    }

    @Test
    void summariesFollowTheReadersLanguage() {
        Situations.Case east = situations.build("east");
        String history = "/api/v1/cases/" + east.caseId() + "/history?size=1";

        assertThat(firstSummary(history, "sv-FI,sv;q=0.9")).isEqualTo(
                "Klientskapet öppnades och en egen kontaktperson utsågs");
        assertThat(firstSummary(history, "en")).isEqualTo("The case was opened and its key worker named");
        assertThat(firstSummary(history, "de")).isEqualTo("Asiakkuus avattiin ja omatyöntekijä nimettiin");
    }

    @Test
    void aMemberMayNotReadTheHistoryAndOthersLearnNothingEveryAttemptLogged() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String history = "/api/v1/cases/" + east.caseId() + "/history";

        var member = api.get(history, "sami");
        assertThat(member.status()).isEqualTo(403);
        assertThat(api.get(history, "pekka").status()).isEqualTo(404);
        assertThat(api.get(history, "jari").status()).isEqualTo(404);
        assertThat(api.get(history, "outi").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + UUID.randomUUID() + "/history", "maija").status())
                .isEqualTo(404);
        var allowed = api.get(history, "helena");

        assertThat(jdbc.queryForList("""
                SELECT username || ' ' || basis || ' ' || outcome FROM access_log
                WHERE case_id = ? AND view_or_command = 'GET /api/v1/cases/{caseId}/history' ORDER BY id""",
                String.class, east.caseId())).containsExactly("sami MEMBERSHIP REFUSED", "pekka NONE REFUSED",
                "jari NONE REFUSED", "outi NONE REFUSED", "helena SUPERVISION ALLOWED");
        assertThat(allowed.status()).isEqualTo(200);
    }

    private static JsonNode entry(JsonNode items, String type) {
        for (JsonNode item : items) {
            if (item.get("type").asString().equals(type)) {
                return item;
            }
        }
        throw new AssertionError("No " + type + " in the history");
    }

    private String firstSummary(String path, String languages) {
        return new Api(port).get(path, "maija", "Accept-Language", languages).json()
                .get("items").get(0).get("summary").asString();
    }
}
