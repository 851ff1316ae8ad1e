package fi.perhekeskus.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The story of the issue in a real browser, in Finnish and in Swedish: maija opens a case, records
 * two needs in the family's words, a guardian agrees to one and not the other; inviting for the
 * other is refused with the rule in the reader's language; consent for sami for the agreed need,
 * sami's view previewed, sami invited; sami accepts and sees the agreed need only; maija records the
 * consent's withdrawal and sami's next page no longer shows it; helena reads the history, the plan
 * as it was before the withdrawal, a diff, the access log with sami's reads and the family's
 * disclosure report. Every page is checked with axe-core and kept as a screenshot in
 * {@code target/browser/<language>/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanStoryBrowserTest extends BrowserTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** As the demo directory names him, with his profession. */
    private static final String SAMI = "Sami Salo (psychologist, family counselling)";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void theFamilysPlanFromOpeningToAudit(String language) {
        var t = new Texts(language);
        var walk = new Walk(chromium.newPage(), "http://localhost:" + port, language);
        String sleep = language + ": Eetu nukkuu huonosti ja on väsynyt koulussa";
        String money = language + ": Tarvitsemme apua raha-asioiden kanssa";

        // maija, in the chosen language, which the sign-in page's link remembers
        walk.open("/signin");
        walk.page.getByRole(AriaRole.LINK, Walk.named(t.get("language." + language))).click();
        walk.signIn("maija", "01-signin");
        assertThat(walk.page.locator("h1")).hasText(t.get("cases.title.KEY_WORKER"));
        walk.page.getByText(t.get("action.openCase")).click();
        walk.step("02-open-case-form");
        walk.field(t.get("field.displayName0")).fill("Eetu");
        walk.field(t.get("field.birthDate0")).fill("2018-03-04");
        walk.field(t.get("field.displayName1")).fill("Anna");
        walk.submit(t);
        assertThat(walk.page.locator("h1")).hasText(t.get("case.heading"));
        String caseUrl = walk.page.url();
        walk.step("03-case-opened");

        walk.recordNeed(t, sleep, "Eetu");
        walk.recordNeed(t, money, "Anna");
        walk.step("04-two-needs");
        walk.answer(t, sleep, "AGREED");
        walk.answer(t, money, "DISAGREED");
        assertThat(walk.need(sleep)).containsText(t.get("enum.NeedStatus.AGREED"));
        assertThat(walk.need(money)).containsText(t.get("enum.NeedStatus.DISAGREED"));
        walk.step("05-answers");

        // Inviting for the need the family did not agree is refused: the rule and what to do, no trace
        walk.page.getByText(t.get("action.invite")).click();
        walk.field(t.get("field.specialistId")).selectOption(new SelectOption().setLabel(SAMI));
        walk.label(money).check();
        walk.submit(t);
        assertThat(walk.page.getByRole(AriaRole.ALERT)).hasText(t.get("rule.NEED_NOT_AGREED"));
        assertThat(walk.page.locator("body")).not().containsText("Exception");
        walk.step("06-rule-broken");

        // Consent for sami for the agreed need
        walk.go(caseUrl);
        walk.page.getByText(t.get("action.consent")).click();
        walk.field(t.get("field.givenBy")).selectOption(new SelectOption().setLabel("Anna"));
        walk.field(t.get("field.decision")).selectOption("GRANT");
        walk.field(t.get("field.recipient")).selectOption(new SelectOption().setLabel(SAMI));
        walk.label(sleep).check();
        walk.field(t.get("field.purpose")).fill("Unen tukeminen");
        String until = LocalDate.now(HELSINKI).plusDays(90).toString();
        walk.field(t.get("field.validUntil")).fill(until);
        walk.field(t.get("field.form"))
                .selectOption("WRITTEN");
        walk.step("07-consent-form");
        walk.submit(t);
        assertThat(walk.page.locator("tr.consent")).containsText(t.get("enum.ConsentStatus.ACTIVE"));

        // What sami would see, before the invitation
        walk.label(t.get("case.preview.choose")).selectOption(new SelectOption().setLabel(SAMI));
        walk.page.getByRole(AriaRole.BUTTON, Walk.named(t.get("case.preview.show"))).click();
        assertThat(walk.page.locator("h1")).hasText(t.get("case.preview.title", "Sami Salo"));
        assertThat(walk.page.locator("main")).containsText(sleep);
        assertThat(walk.page.locator("main")).not().containsText(money);
        walk.step("08-preview");

        walk.go(caseUrl);
        walk.page.getByText(t.get("action.invite")).click();
        walk.field(t.get("field.specialistId")).selectOption(new SelectOption().setLabel(SAMI));
        walk.label(sleep).check();
        walk.submit(t);
        assertThat(walk.page.locator("li.invitation")).containsText(t.get("enum.InvitationStatus.PENDING"));
        walk.step("09-invited");
        walk.signOut(t);

        // sami accepts and sees the agreed need only
        walk.signIn("sami", "10-sami-signed-in");
        walk.page.getByRole(AriaRole.LINK, Walk.named(t.get("nav.invitations"))).click();
        assertThat(walk.page.locator("article.invitation")).containsText(sleep);
        assertThat(walk.page.locator("main")).not().containsText(money);
        walk.step("11-inbox");
        walk.page.getByRole(AriaRole.BUTTON, Walk.named(t.get("invitations.accept"))).click();
        walk.go(caseUrl);
        assertThat(walk.page.locator("main")).containsText(sleep);
        assertThat(walk.page.locator("main")).not().containsText(money);
        walk.step("12-sami-sees-agreed-need");
        walk.signOut(t);

        // maija records the consent's withdrawal; the moment before is what helena looks back at
        LocalDateTime beforeWithdrawal = LocalDateTime.now(HELSINKI).truncatedTo(ChronoUnit.SECONDS);
        walk.signIn("maija", null);
        walk.go(caseUrl);
        walk.page.getByText(t.get("action.withdrawConsent")).click();
        walk.field(t.get("field.withdrawnBy")).selectOption(new SelectOption().setLabel("Anna"));
        walk.step("13-withdrawal-form");
        walk.submit(t);
        assertThat(walk.page.locator("tr.consent")).containsText(t.get("enum.ConsentStatus.WITHDRAWN"));
        walk.signOut(t);

        walk.signIn("sami", null);
        walk.go(caseUrl);
        assertThat(walk.page.locator("main")).containsText(t.get("error.notVisible"));
        assertThat(walk.page.locator("body")).not().containsText(sleep);
        walk.step("14-sami-no-longer-sees");
        walk.signOut(t);

        // helena: history, the plan before the withdrawal, a diff, the access log, the disclosure report
        walk.signIn("helena", "15-helena-unit");
        assertThat(walk.page.locator("h1")).hasText(t.get("cases.title.SUPERVISOR"));
        walk.go(caseUrl);
        walk.step("16-helena-case");
        walk.page.getByText(t.get("action.history")).click();
        // opened, two needs, two answers, consent, invitation, acceptance, withdrawal, and the membership it ended
        assertThat(walk.page.locator("tr.event")).hasCount(10);
        walk.step("17-history");
        walk.label(t.get("history.date")).fill(beforeWithdrawal.toLocalDate().toString());
        walk.label(t.get("history.time")).fill(beforeWithdrawal.toLocalTime()
                .format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        walk.page.getByRole(AriaRole.BUTTON, Walk.named(t.get("history.show"))).first()
                .click();
        assertThat(walk.page.locator("tr.consent")).containsText(t.get("enum.ConsentStatus.ACTIVE"));
        assertThat(walk.page.locator("li.right")).containsText("Sami Salo");
        assertThat(walk.page.locator("li.right")).containsText(sleep);
        walk.step("18-plan-before-withdrawal");

        walk.page.goBack();
        walk.label(t.get("history.from")).fill("0");
        walk.page.getByRole(AriaRole.BUTTON, Walk.named(t.get("history.show"))).nth(1)
                .click();
        assertThat(walk.page.locator("tr.change").first()).isVisible();
        assertThat(walk.page.locator("main")).containsText(sleep);
        walk.step("19-diff");

        walk.page.getByRole(AriaRole.LINK, Walk.named(t.get("nav.accessLog"))).click();
        walk.label(t.get("accessLog.professional")).selectOption(new SelectOption().setLabel("Sami Salo"));
        walk.page.getByRole(AriaRole.BUTTON, Walk.named(t.get("accessLog.filter"))).click();
        Locator samisReads = walk.page.locator("tr.entry").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("GET /cases/\\{caseId}$|GET /cases/\\{caseId}\\s")));
        assertThat(samisReads.filter(new Locator.FilterOptions()
                .setHasText(t.get("enum.Basis.MEMBERSHIP")))).not().hasCount(0);
        assertThat(samisReads.filter(new Locator.FilterOptions()
                .setHasText(t.get("enum.Outcome.REFUSED")))).not().hasCount(0);
        walk.step("20-access-log");

        walk.go(caseUrl);
        var download = walk.page.waitForDownload(() -> walk.page.getByText(t.get("case.disclosureReport", "Anna"))
                .click());
        assertThat(new String(readAll(download.path()), 0, 5)).isEqualTo("%PDF-");
        walk.page.context().close();
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
