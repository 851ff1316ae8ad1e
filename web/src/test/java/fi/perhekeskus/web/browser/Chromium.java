package fi.perhekeskus.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's own Chromium (Debian's {@code chromium} package), driven by Playwright, which never
 * downloads a browser of its own. Without it a browser test fails with how to install it: a test
 * that cannot run has not passed. Only {@code -Dbrowser-tests.skip=true} skips them, said aloud.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    /** As root and on a closed network: no sandbox, no GPU, nothing that phones home. */
    private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final Browser browser;
    private final List<String> unprotected = new CopyOnWriteArrayList<>();
    private final AtomicInteger documents = new AtomicInteger();

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium start() {
        if (!Files.isExecutable(EXECUTABLE)) {
            String how = "Browser tests need Chromium at " + EXECUTABLE + ": install it with "
                    + "`sudo apt-get install chromium` (Debian's package), as .ci/run does.";
            if (Boolean.getBoolean("browser-tests.skip")) {
                Assumptions.abort(how + " Skipped as -Dbrowser-tests.skip=true asked.");
            }
            throw new IllegalStateException(how + " Or skip them on purpose with -Dbrowser-tests.skip=true.");
        }
        var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGUMENTS)));
    }

    /**
     * A fresh browser profile: no cookies, no remembered language. Every document it loads from the
     * application is checked for the security headers as it arrives.
     */
    Page newPage() {
        var context = browser.newContext(new Browser.NewContextOptions().setLocale("fi-FI"));
        context.onResponse(response -> {
            if (response.request().isNavigationRequest()) {
                documents.incrementAndGet();
                List<String> missing = SecurityHeaders.missingFrom(response.allHeaders());
                if (!missing.isEmpty()) {
                    unprotected.add(response.status() + " " + response.url() + " lacks " + missing);
                }
            }
        });
        return context.newPage();
    }

    /** How many documents the browser has loaded; each one's headers were checked. */
    int documents() {
        return documents.get();
    }

    /** Every document loaded so far came with the security headers. */
    void assertEveryDocumentHadItsSecurityHeaders() {
        assertThat(unprotected).as("documents without their security headers").isEmpty();
    }

    /** WCAG 2.1 AA, as axe-core checks it: no serious or critical violation on the page as shown. */
    static void assertAccessible(Page page) {
        List<Rule> violations = new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations().stream()
                .filter(rule -> List.of("serious", "critical").contains(String.valueOf(rule.getImpact())
                        .toLowerCase(Locale.ROOT)))
                .toList();
        assertThat(violations)
                .as(() -> page.url() + " has accessibility violations: " + violations.stream()
                        .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                        .toList())
                .isEmpty();
    }

    static void screenshot(Page page, Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException cannotWrite) {
            throw new IllegalStateException(cannotWrite);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
