package fi.perhekeskus.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PageSession;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import fi.perhekeskus.web.access.Situations;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The family's language (docs/api.md): recorded when the case opens and anew when it changes, in
 * every view of the case, and the language of what is printed for the family unless the reader
 * chooses another.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class FamilyLanguageApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Test
    void aCaseOpensInTheFamilysLanguageAndWithoutOneInFinnish() {
        var api = new Api(port);
        var somali = api.post("/api/v1/cases", "maija", """
                {"family": {"members": [{"role": "CHILD", "displayName": "Hodan", "birthDate": "2019-05-02"}],
                            "language": {"code": "so", "interpreterNeeded": true}}}""");
        assertThat(somali.status()).isEqualTo(201);
        assertThat(language(somali.json())).isEqualTo("so true");

        var unsaid = api.post("/api/v1/cases", "maija", """
                {"family": {"members": [{"role": "CHILD", "displayName": "Eetu", "birthDate": "2018-03-04"}]}}""");
        assertThat(language(api.get(unsaid.header("Location"), "maija").json())).isEqualTo("fi false");
    }

    @Test
    void theLanguageIsRecordedAnewAndEveryoneWhoMeetsTheFamilySeesIt() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String caseUrl = "/api/v1/cases/" + east.caseId();

        var recorded = api.post(caseUrl + "/family-language", "maija", """
                {"code": "sv", "interpreterNeeded": true}""");

        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.header("ETag")).isNotNull();
        assertThat(language(api.get(caseUrl, "maija").json())).isEqualTo("sv true");
        assertThat(language(api.get(caseUrl, "sami").json())).as("a network member").isEqualTo("sv true");
        assertThat(language(api.get(caseUrl, "helena").json())).as("the unit's supervisor").isEqualTo("sv true");
        JsonNode history = api.get(caseUrl + "/history", "helena").json().get("items");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("type").asString()).isEqualTo("FamilyLanguageRecorded");
        assertThat(last.get("data").get("language").get("code").asString()).isEqualTo("sv");
    }

    @Test
    void aBrokenRuleIsAProblemNamingItAndBadInputIsRefusedBeforeThePlan() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String url = "/api/v1/cases/" + east.caseId() + "/family-language";

        var unchanged = api.post(url, "maija", """
                {"code": "fi"}""");
        assertThat(unchanged.status()).isEqualTo(409);
        assertThat(unchanged.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unchanged.json().get("rule").asString()).isEqualTo("FAMILY_LANGUAGE_UNCHANGED");

        var unknown = api.post(url, "maija", """
                {"code": "xx"}""");
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.json().get("rule").asString()).isEqualTo("UNKNOWN_LANGUAGE");
        assertThat(unknown.json().get("item").asString()).isEqualTo("xx");

        assertThat(api.post(url, "maija", """
                {"code": "Finnish"}""").status()).isEqualTo(400);
        assertThat(api.post(url, "sami", """
                {"code": "sv"}""").status()).isEqualTo(403);
        assertThat(api.post(url, "jari", """
                {"code": "sv"}""").status()).isEqualTo(404);
    }

    @Test
    void whatIsPrintedForTheFamilyIsInTheirLanguageUnlessTheReaderChoosesAnother() throws IOException {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String caseUrl = "/api/v1/cases/" + east.caseId();
        assertThat(api.post(caseUrl + "/family-language", "maija", """
                {"code": "sv"}""").status()).isEqualTo(200);

        var maija = PageSession.signIn(port, "maija");
        assertThat(maija.get("/cases/" + east.caseId() + "/print").http().body())
                .contains("lang=\"sv\"", "Vår familjs gemensamma plan");
        assertThat(maija.get("/cases/" + east.caseId() + "/print?language=en").http().body()).contains("lang=\"en\"");
        assertThat(maija.get("/cases/" + east.caseId()).http().body())
                .as("the report's language chosen beforehand").containsPattern("<option value=\"sv\"\\s+selected");

        var report = api.getBytes("/api/v1/audit/disclosures?caseId=" + east.caseId(), "maija", "application/pdf");
        try (var pdf = Loader.loadPDF(report.body())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
        }
        var asked = api.getBytes("/api/v1/audit/disclosures?caseId=" + east.caseId() + "&language=fi", "maija",
                "application/pdf");
        try (var pdf = Loader.loadPDF(asked.body())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fi");
        }
        assertThat(api.get("/api/v1/audit/disclosures?caseId=" + east.caseId(), "maija").json()
                .get("whose").get("language").get("code").asString()).isEqualTo("sv");
    }

    @Test
    void thePagesOpenACaseInTheFamilysLanguageAndChangeIt() {
        var maija = PageSession.signIn(port, "maija");
        assertThat(maija.get("/cases/new").http().body()).contains("name=\"code\"", "name=\"interpreterNeeded\"");
        var opened = maija.post("/cases", Map.of("members[0].role", "CHILD", "members[0].displayName", "Hodan",
                "members[0].birthDate", "2019-05-02", "code", "so", "interpreterNeeded", "true"));
        assertThat(opened.status()).isEqualTo(302);
        String casePage = opened.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(maija.get(casePage + "?lang=fi").http().body()).contains("somali", "tarvitsee tulkin");

        var changed = maija.post(casePage + "/family-language", Map.of("code", "so"));
        assertThat(changed.status()).isEqualTo(302);
        assertThat(maija.get(casePage).http().body()).contains("somali").doesNotContain("tarvitsee tulkin");
        var again = maija.post(casePage + "/family-language", Map.of("code", "so"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.http().body()).contains("on jo kirjattu");
    }

    private static String language(JsonNode view) {
        JsonNode language = view.get("family").get("language");
        return language.get("code").asString() + " " + language.get("interpreterNeeded").asBoolean();
    }
}
