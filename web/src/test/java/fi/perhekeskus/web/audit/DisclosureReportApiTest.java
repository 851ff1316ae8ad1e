package fi.perhekeskus.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import fi.perhekeskus.web.access.Situations;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The family's disclosure report (docs/api.md {@code GET /audit/disclosures}): who received which needs
 * of theirs on which consent, as JSON and as a PDF that reads back with the library that wrote it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class DisclosureReportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReportListsEveryDisclosureOfTheChildsNeedWithItsRecipientAndConsent() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String report = "/api/v1/audit/disclosures?caseId=" + east.caseId();

        var read = api.get(report + "&memberId=" + east.child(), "maija");

        assertThat(read.status()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode disclosed : read.json().get("disclosures")) {
            lines.add(disclosed.get("what").asString() + " " + disclosed.get("recipient").get("name").asString());
            assertThat(disclosed.get("needs").get(0).get("name").asString()).isEqualTo(Situations.NEED_A);
            assertThat(disclosed.get("members").get(0).get("name").asString()).isEqualTo("Eetu");
            assertThat(disclosed.get("consents").get(0).get("givenBy").get("name").asString()).isEqualTo("Anna");
        }
        assertThat(lines).containsExactly("INVITED Sami Salo", "JOINED_NETWORK Sami Salo", "INVITED Outi Ojala");
        assertThat(read.http().body()).doesNotContain(Situations.NEED_B);
        assertThat(api.get(report + "&memberId=" + east.guardian(), "helena").json().get("disclosures")).isEmpty();
    }

    @Test
    void thePdfIsTaggedAndSaysWhoseItIsWhoToAskAndTheFamilysRights() throws IOException {
        Situations.Case east = situations.build("east");

        var response = new Api(port).getBytes("/api/v1/audit/disclosures?caseId=" + east.caseId() + "&memberId="
                + east.child(), "maija", "application/pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"luovutukset-eetu-");
        try (var pdf = Loader.loadPDF(response.body())) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(catalog.getStructureTreeRoot().getKids()).as("structure").isNotEmpty();
            assertThat(catalog.getLanguage()).isEqualTo("fi");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("<pdfuaid:part>1</pdfuaid:part>");
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Eetu");
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Kenelle tietojanne on luovutettu", "Raportti koskee: Eetu",
                    "Perhekeskus: Perhekeskus Itä", "Omatyöntekijänne: Maija Mäkelä", "+358 40 123 4501",
                    "Oikeutenne", "tietosuojavaltuutetun", "Sami Salo", "Outi Ojala", "Anna");
            assertThat(text).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        }
    }

    @Test
    void thePdfIsWrittenInTheFamilysLanguage() throws IOException {
        Situations.Case east = situations.build("east");

        var response = new Api(port).getBytes("/api/v1/audit/disclosures?caseId=" + east.caseId()
                + "&language=sv", "maija", "application/pdf");

        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"utlamnanden-");
        try (var pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Till vem era uppgifter har lämnats ut",
                    "Era rättigheter", "dataombudsmannens byrå");
        }
    }

    @Test
    void onlyTheKeyWorkerAndTheUnitsSupervisorReadItEachReadLogged() {
        var api = new Api(port);
        Situations.Case east = situations.build("east");
        String report = "/api/v1/audit/disclosures?caseId=" + east.caseId();

        assertThat(api.get(report, "sami").status()).isEqualTo(403);
        assertThat(api.get(report, "pekka").status()).isEqualTo(404);
        assertThat(api.get(report, "helena").status()).isEqualTo(200);
        assertThat(api.get(report + "&from=2030-01-01T00:00:00Z&to=2029-01-01T00:00:00Z", "maija").status())
                .isEqualTo(400);

        assertThat(jdbc.queryForList("""
                SELECT username || ' ' || basis || ' ' || outcome FROM access_log
                WHERE case_id = ? AND view_or_command = 'GET /api/v1/audit/disclosures' ORDER BY id""",
                String.class, east.caseId()))
                .containsExactly("sami MEMBERSHIP REFUSED", "pekka NONE REFUSED", "helena SUPERVISION ALLOWED");
    }
}
