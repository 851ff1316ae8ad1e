package fi.perhekeskus.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import fi.perhekeskus.web.access.Situations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pages work under their Content-Security-Policy in Chromium: styled by their own stylesheet,
 * signed in and written to through their forms, with nothing refused; and the policy is really
 * enforced, for a script or a style slipped into a page is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    /** Runs in every document before its own content, by the browser's tooling, which no policy restricts. */
    private static final String LISTEN_FOR_VIOLATIONS = "window.violations = [];"
            + "document.addEventListener('securitypolicyviolation', event => window.violations.push("
            + "event.violatedDirective + ' ' + event.blockedURI));";

    private final Texts t = new Texts("fi");

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    @Test
    void aPageWorksUnderItsPolicyAndThePolicyRefusesNothingOfIt() {
        var plan = situations.build("east");
        var page = watched();
        List<String> console = console(page);
        var walk = new Walk(page, "http://localhost:" + port, "csp");
        walk.signIn("maija", null);
        walk.open("/cases/" + plan.caseId());

        walk.recordNeed(t, "Aamut ovat kiireisiä", "Eetu");

        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('header.site')).display"))
                .as("the stylesheet applies").isEqualTo("flex");
        assertThat(violations(page)).isEmpty();
        assertThat(console).noneMatch(message -> message.contains("Content Security Policy"));
        assertThat(chromium.documents()).isPositive();
        page.context().close();
    }

    /** The API's description is a page too, of Swagger UI's own files, under the same policy. */
    @Test
    void theApisDescriptionWorksUnderThePolicy() {
        var page = watched();
        List<String> console = console(page);
        page.navigate("http://localhost:" + port + "/swagger-ui.html");
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(violations(page)).as("refused under the policy; the console said %s", console).isEmpty();
        assertThat(page.locator(".swagger-ui .info .title").first()).isVisible();
        assertThat(page.locator(".opblock").first()).isVisible();
        Chromium.screenshot(page, Path.of("target", "browser", "csp", "swagger-ui.png"));
        page.context().close();
    }

    @Test
    void aScriptOrAStyleSlippedIntoAPageIsRefused() {
        var page = watched();
        page.navigate("http://localhost:" + port + "/signin");

        page.evaluate("() => { const script = document.createElement('script');"
                + " script.textContent = 'window.slippedIn = true'; document.body.appendChild(script);"
                + " document.querySelector('h1').setAttribute('style', 'color: rgb(255, 0, 0)'); }");
        page.waitForFunction("() => window.violations.length >= 2", null,
                new Page.WaitForFunctionOptions().setTimeout(10_000));

        assertThat(page.evaluate("() => window.slippedIn === true")).isEqualTo(false);
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('h1')).color"))
                .isNotEqualTo("rgb(255, 0, 0)");
        assertThat(violations(page)).anyMatch(violation -> violation.startsWith("script-src"))
                .anyMatch(violation -> violation.startsWith("style-src"));
        page.context().close();
    }

    private Page watched() {
        var page = chromium.newPage();
        page.addInitScript(LISTEN_FOR_VIOLATIONS);
        return page;
    }

    private static List<String> console(Page page) {
        List<String> messages = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> messages.add(message.text()));
        return messages;
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Page page) {
        return (List<String>) page.evaluate("() => window.violations");
    }
}
