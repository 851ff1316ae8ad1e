package fi.perhekeskus.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import fi.perhekeskus.web.access.Situations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every page of every role, in English, on a case the authorization tests' situations build: no
 * serious or critical axe-core violation, no missing text ({@code ??key??}), no stack trace. And
 * what a form does with bad input, and dates and the chosen language as the reader expects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class EveryPageBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Autowired
    MovableClock clock;

    private Situations.Case plan;

    @BeforeEach
    void aCaseWithAMemberAndAPendingInvitation() {
        plan = situations.build("active");
    }

    @Test
    void theKeyWorkersPages() {
        String base = "/cases/" + plan.caseId();
        String need = base + "/needs/" + plan.needA();
        visitAll("maija", List.of("/cases", "/cases/new", base, base + "/print",
                base + "/preview?specialistId=" + plan.invitable().getId(), base + "/needs", need + "/revision",
                need + "/agreement", need + "/closure", base + "/child-views", base + "/actions",
                base + "/actions/" + plan.action() + "/completion", base + "/consents",
                base + "/consents/" + plan.consent() + "/withdrawal", base + "/invitations",
                base + "/invitations/" + plan.invitation() + "/withdrawal",
                base + "/members/" + plan.member().getId() + "/departure", base + "/reviews", base + "/approvals",
                base + "/key-worker-handover", base + "/closure", base + "/history",
                base + "/plan?on=" + today(), base + "/diff?from=0&to=3", "/cases/" + UUID.randomUUID()));
    }

    @Test
    void theSpecialistsAndTheSupervisorsPages() {
        String base = "/cases/" + plan.caseId();
        visitAll("sami", List.of("/cases", base, base + "/actions/" + plan.action() + "/completion",
                base + "/members/" + plan.member().getId() + "/departure"));
        visitAll("outi", List.of("/cases", "/invitations", "/invitations/" + plan.invitation() + "/decline"));
        visitAll("helena", List.of("/cases", base, base + "/history", "/access-log",
                "/access-log?caseId=" + plan.caseId()));
    }

    @Test
    void aFormWithMissingFieldsSaysWhatIsMissingBesideEachField() {
        var walk = signedIn("maija");
        walk.open("/cases/" + plan.caseId() + "/needs?lang=en");
        var texts = new Texts("en");
        walk.page.getByRole(AriaRole.BUTTON, Walk.named(texts.get("form.submit"))).click();
        assertThat(walk.page.getByRole(AriaRole.ALERT)).hasText(texts.get("form.invalid"));
        assertThat(walk.page.locator("#error-description")).hasText(texts.get("NotNull"));
        assertThat(walk.page.locator("#field-description")).hasAttribute("aria-invalid", "true");
        assertThat(walk.page.locator("#error-concernsMemberIds")).hasText(texts.get("NotEmpty"));
        walk.step("form-errors");
        walk.page.context().close();
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThemAndTheChoiceIsRemembered() {
        var walk = signedIn("maija");
        String casePage = "/cases/" + plan.caseId();
        walk.open(casePage + "?lang=fi");
        assertThat(walk.page.locator("main")).containsText("syntynyt 4.3.2017");
        walk.open(casePage + "?lang=sv");
        assertThat(walk.page.locator("main")).containsText("född 2017-03-04");
        walk.open(casePage + "?lang=en");
        walk.open(casePage);
        assertThat(walk.page.locator("main")).containsText("born 4 Mar 2017");
        assertThat(walk.page.locator("html")).hasAttribute("lang", "en");
        walk.page.context().close();
    }

    private void visitAll(String username, List<String> paths) {
        var walk = signedIn(username);
        walk.open("/cases?lang=en");
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            walk.open(path);
            String shown = walk.page.locator("body").innerText();
            assertThat(shown).as(path).doesNotContain("??").doesNotContain("Exception").doesNotContain("Whitelabel");
            walk.step(String.format("%s-%02d", username, i));
        }
        walk.page.context().close();
    }

    private Walk signedIn(String username) {
        var walk = new Walk(chromium.newPage(), "http://localhost:" + port, "every-page");
        walk.signIn(username, null);
        return walk;
    }

    private String today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Helsinki"))).toString();
    }
}
