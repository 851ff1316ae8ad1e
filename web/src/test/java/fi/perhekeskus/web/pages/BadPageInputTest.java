package fi.perhekeskus.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PageSession;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import fi.perhekeskus.web.access.Situations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a person's browser can be made to send that no page expects: a malformed address or
 * parameter is the error page in the reader's language (400), a form with a garbled time, a text
 * that cannot be saved or a date out of range is the form again with the error beside the field,
 * and a body of another type is refused (415). Nothing of it changes the plan.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class BadPageInputTest {

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    private Situations.Case plan;
    private String base;
    private long version;

    @BeforeEach
    void aCase() {
        plan = situations.build("east");
        base = "/cases/" + plan.caseId();
        version = situations.version(plan.caseId());
    }

    @Test
    void malformedAddressesAndParametersAreTheErrorPageInTheReadersLanguage() {
        var maija = PageSession.signIn(port, "maija");
        var helena = PageSession.signIn(port, "helena");
        Map<String, PageSession> addresses = Map.ofEntries(
                Map.entry("/cases/not-a-uuid", maija),
                Map.entry("/cases/not-a-uuid/needs", maija),
                Map.entry(base + "/needs/not-a-uuid/agreement", maija),
                Map.entry("/cases?status=SOMETIMES", maija),
                Map.entry("/cases?page=abc", maija),
                Map.entry(base + "/preview?specialistId=nobody", maija),
                Map.entry(base + "/plan?on=garbage", helena),
                Map.entry(base + "/plan?on=%2B99999-01-01", helena),
                Map.entry(base + "/plan?on=2026-01-01&time=noon", helena),
                Map.entry(base + "/diff?from=a&to=b", helena),
                Map.entry("/access-log?page=abc", helena),
                Map.entry("/access-log?from=-4713-01-01", helena),
                Map.entry("/access-log?to=%2B999999999-12-31", helena));
        List<String> wrong = new ArrayList<>();
        addresses.forEach((address, reader) -> {
            var page = reader.get(address, "Accept-Language", "sv");
            String body = page.http().body();
            if (page.status() != 400 || !String.valueOf(page.header("Content-Type")).startsWith("text/html")
                    || !body.contains("Något gick fel") || !body.contains("Begäran var felaktig")
                    || body.contains("Exception")) {
                wrong.add(address + ": " + page.status() + " " + page.header("Content-Type"));
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void aGarbledTimeAnUnsavableTextOrADateOutOfRangeIsShownBesideItsField() {
        var maija = PageSession.signIn(port, "maija");
        var agreement = maija.post(base + "/needs/" + plan.needB() + "/agreement", Map.of(
                "memberId", plan.guardian().toString(), "decision", "AGREED", "channel", "MEETING",
                "givenAt", "eilen iltapäivällä"), "Accept-Language", "en");
        assertThat(agreement.status()).isEqualTo(400);
        assertThat(agreement.http().body()).contains("id=\"error-givenAt\"").contains("This is not in the right format");

        var need = maija.post(base + "/needs", Map.of("description", "Arki\u0000on raskasta", "raisedBy", "KEY_WORKER",
                "concernsMemberIds", plan.child().toString()), "Accept-Language", "en");
        assertThat(need.status()).isEqualTo(400);
        assertThat(need.http().body()).contains("id=\"error-description\"")
                .contains("The text is too long or has a character that cannot be saved.");

        var opening = maija.post("/cases", Map.of("members[0].role", "CHILD", "members[0].displayName", "Eetu",
                "members[0].birthDate", "+99999-01-01"), "Accept-Language", "en");
        assertThat(opening.status()).isEqualTo(400);
        assertThat(opening.http().body()).contains("id=\"error-members[0].birthDate\"");

        assertThat(situations.version(plan.caseId())).isEqualTo(version);
    }

    @Test
    void aFormSentAsAnyTypeButAFormsIsRefused() {
        var maija = PageSession.signIn(port, "maija");
        for (String type : List.of("*/*", "application/*", "application/json", "text/plain; charset=nope")) {
            var sent = maija.postRaw(base + "/closure", "reason=Valmis&_csrf=" + maija.csrfToken(),
                    "Content-Type", type, "Accept-Language", "en");
            assertThat(sent.status()).as(type).isEqualTo(415);
            assertThat(sent.http().body()).as(type).contains("Something went wrong");
        }
        assertThat(situations.version(plan.caseId())).isEqualTo(version);
    }

    @Test
    void theErrorAddressItselfIsNotFoundForAnyone() {
        assertThat(PageSession.open(port).get("/error").status()).isEqualTo(404);
        assertThat(PageSession.signIn(port, "helena").get("/error").status()).isEqualTo(404);
        assertThat(new Api(port).get("/error", null).status()).isEqualTo(404);
    }
}
