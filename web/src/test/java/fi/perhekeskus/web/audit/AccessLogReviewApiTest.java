package fi.perhekeskus.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import fi.perhekeskus.web.Api;
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

/** A supervisor reviews the access log of their unit's cases; nobody else reads it, and every read is logged. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class AccessLogReviewApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Test
    void theSupervisorSeesWhoOpenedTheirUnitsCaseNewestFirstAndTheirOwnReviewIsLogged() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String caseUrl = "/api/v1/cases/" + east.caseId();
        api.get(caseUrl, "sami");
        api.get(caseUrl, "jari");
        String review = "/api/v1/audit/access-log?caseId=" + east.caseId();

        var first = api.get(review, "helena");

        assertThat(first.status()).isEqualTo(200);
        List<String> rows = rows(first.json());
        assertThat(rows).startsWith("jari Jari Nieminen KEY_WORKER GET /api/v1/cases/{caseId} NONE REFUSED",
                "sami Sami Salo SPECIALIST GET /api/v1/cases/{caseId} MEMBERSHIP ALLOWED");
        assertThat(first.http().body()).doesNotContain(Situations.NEED_A).doesNotContain("Eetu");
        assertThat(rows(api.get(review, "helena").json()))
                .startsWith("helena Helena Heikkinen SUPERVISOR GET /api/v1/audit/access-log SUPERVISION ALLOWED");
    }

    @Test
    void onlyTheUnitsSupervisorReadsItsCasesLog() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String review = "/api/v1/audit/access-log?caseId=" + east.caseId();

        assertThat(api.get(review, "pekka").status()).isEqualTo(404);
        assertThat(api.get(review, "maija").status()).isEqualTo(403);
        assertThat(api.get(review, "sami").status()).isEqualTo(403);
        assertThat(api.get(review, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/audit/access-log?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "helena")
                .status()).isEqualTo(400);
        assertThat(rows(api.get("/api/v1/audit/access-log?size=500", "pekka").json()))
                .noneMatch(row -> row.contains("maija "));
    }

    private static List<String> rows(JsonNode page) {
        List<String> rows = new ArrayList<>();
        for (JsonNode entry : page.get("items")) {
            rows.add(String.join(" ", entry.get("username").asString(), entry.get("displayName").asString(),
                    entry.get("role").asString(), entry.get("view").asString(), entry.get("basis").asString(),
                    entry.get("outcome").asString()));
        }
        return rows;
    }
}
