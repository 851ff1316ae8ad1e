package fi.perhekeskus.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Separated parents in a real browser, in Finnish: maija opens a case for Eetu and his parents Anna
 * and Mikko, records Anna's own need in her words and, by Anna's decision, keeps it from the rest of
 * the family (Eetu's need is not one that can be kept); the case page marks it so; the printout for
 * Mikko does not show it, the printout for Anna does. Every page is checked with axe-core and kept
 * as a screenshot in {@code target/browser/fi/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class SeparatedParentsBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aNeedKeptFromTheOtherParentIsNotOnHisPrintout() {
        var t = new Texts("fi");
        var walk = new Walk(chromium.newPage(), "http://localhost:" + port, "fi");
        String own = "Olen uupunut ja pelkään kotona";
        String sleep = "Eetu nukkuu huonosti";

        walk.signIn("maija", null);
        walk.open("/cases/new?lang=fi");
        walk.field(t.get("field.member.displayName", 1)).fill("Eetu");
        walk.field(t.get("field.member.birthDate", 1)).fill("2018-03-04");
        walk.field(t.get("field.member.displayName", 2)).fill("Anna");
        walk.field(t.get("field.member.role", 3)).selectOption("GUARDIAN");
        walk.field(t.get("field.member.displayName", 3)).fill("Mikko");
        walk.submit(t);
        String caseUrl = walk.page.url();
        walk.recordNeed(t, sleep, "Eetu");
        walk.recordNeed(t, own, "Anna");

        var keep = new Locator.GetByRoleOptions().setName(t.get("action.confidentiality")).setExact(true);
        assertThat(walk.need(sleep).getByRole(AriaRole.LINK, keep)).hasCount(0);
        walk.keepFromFamily(t, own, "Anna", "safety-01-keep-from-family");
        walk.step("safety-02-case-page");

        walk.printFor(t, "Mikko");
        assertThat(walk.page.locator("main")).containsText(sleep);
        assertThat(walk.page.locator("main")).not().containsText(own);
        walk.step("safety-03-printout-for-mikko");

        walk.printFor(t, "Anna");
        assertThat(walk.page.locator("main")).containsText(own);
        walk.step("safety-04-printout-for-anna");

        walk.link(t.get("print.forFamily"));
        assertThat(walk.page.locator("main")).not().containsText(own);
        walk.go(caseUrl);
        assertThat(walk.need(own)).isVisible();
    }
}
