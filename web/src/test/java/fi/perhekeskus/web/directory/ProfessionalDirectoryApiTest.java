package fi.perhekeskus.web.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProfessionalDirectoryApiTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void everyDemoUserSeesTheWholeDirectory() {
        for (String username : List.of("maija", "jari", "sami", "outi", "tuula", "helena", "pekka")) {
            var response = api.get("/api/v1/professionals", username);
            assertThat(response.status()).as(username).isEqualTo(200);
            assertThat(usernames(response.json())).containsExactly(
                    "helena", "jari", "maija", "outi", "pekka", "sami", "tuula");
            assertThat(response.json().get("totalItems").asLong()).isEqualTo(7);
        }
    }

    @Test
    void entriesShowRoleUnitAndProfession() {
        JsonNode sami = api.get("/api/v1/professionals?q=salo", "maija").json().get("items").get(0);
        assertThat(sami.get("username").asString()).isEqualTo("sami");
        assertThat(sami.get("displayName").asString()).isEqualTo("Sami Salo");
        assertThat(sami.get("role").asString()).isEqualTo("SPECIALIST");
        assertThat(sami.get("profession").asString()).isEqualTo("psychologist, family counselling");
        assertThat(sami.get("active").asBoolean()).isTrue();
        assertThat(sami.get("unitId").asString()).isNotBlank();
    }

    @Test
    void filtersByRoleAndUnitAndPages() {
        assertThat(usernames(api.get("/api/v1/professionals?role=SPECIALIST", "maija").json()))
                .containsExactly("outi", "sami", "tuula");
        String east = api.get("/api/v1/professionals?q=maija", "maija").json().get("items").get(0)
                .get("unitId").asString();
        assertThat(usernames(api.get("/api/v1/professionals?role=SPECIALIST&unitId=" + east, "maija").json()))
                .containsExactly("outi", "sami");
        var secondPage = api.get("/api/v1/professionals?size=3&page=1", "maija").json();
        assertThat(usernames(secondPage)).containsExactly("outi", "pekka", "sami");
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
    }

    @Test
    void aSearchTextIsNotAPattern() {
        assertThat(usernames(api.get("/api/v1/professionals?q=%25", "maija").json())).isEmpty();
    }

    @Test
    void nobodyUnsignedOrWithAWrongPasswordGetsIn() {
        var unsigned = api.get("/api/v1/professionals", null);
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unsigned.json().get("status").asInt()).isEqualTo(401);

        assertThat(api.getWithPassword("/api/v1/professionals", "maija", "wrong").status()).isEqualTo(401);
    }

    @Test
    void badParametersAreAProblemNotAnError() {
        for (String query : List.of("role=JANITOR", "unitId=not-a-uuid", "size=0", "size=101", "page=-1")) {
            var response = api.get("/api/v1/professionals?" + query, "maija");
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(query).startsWith("application/problem+json");
        }
    }

    @Test
    void clientDataIsNeverCached() {
        assertThat(api.get("/api/v1/professionals", "maija").header("Cache-Control")).contains("no-store");
    }

    private static List<String> usernames(JsonNode page) {
        var names = new ArrayList<String>();
        page.get("items").forEach(item -> names.add(item.get("username").asString()));
        return names;
    }
}
