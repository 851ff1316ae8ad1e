package fi.perhekeskus.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** A supervisor reads how a professional's directory entry changed; nobody else does. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectoryRevisionsApiTest {

    @LocalServerPort
    int port;

    @Test
    void aSupervisorReadsTheRevisionsOfAnEntryOthersMayNot() {
        var api = new Api(port);
        String sami = api.get("/api/v1/professionals?q=sami", "helena").json().get("items").get(0).get("id").asString();
        String revisions = "/api/v1/audit/directory/" + sami + "/revisions";

        var read = api.get(revisions, "helena");

        assertThat(read.status()).isEqualTo(200);
        JsonNode seeded = read.json().get(0);
        assertThat(seeded.get("change").asString()).isEqualTo("ADD");
        assertThat(seeded.get("changedBy").asString()).isEqualTo("system");
        assertThat(seeded.get("role").asString()).isEqualTo("SPECIALIST");
        assertThat(seeded.get("active").asBoolean()).isTrue();
        assertThat(api.get(revisions, "maija").status()).isEqualTo(403);
        assertThat(api.get(revisions, "sami").status()).isEqualTo(403);
        assertThat(api.get(revisions, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/audit/directory/" + UUID.randomUUID() + "/revisions", "pekka").status())
                .isEqualTo(404);
    }
}
