package fi.perhekeskus.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The story of the issue in a real browser, in Finnish and in Swedish: maija opens a case for a
 * family of three, records three needs in the family's words, the mother agrees to two and not the
 * third; inviting for the one not agreed is refused with the rule in the reader's language, naming
 * the need; the mother consents for sami to two needs, one of which also concerns the father, so
 * inviting for that one is refused naming the father, and the preview shows, need by need, what
 * would be shared and why not; sami is invited for the other; a support action due today is on
 * maija's day's work, and overdue on the next day; sami accepts and sees the shared need only;
 * maija records the consent's withdrawal and sami's next page no longer shows it; helena reads the
 * history in words, opens the version before the withdrawal, sees the withdrawal's diff with the
 * change marked, filters the access log by the family and sami, and gets the family's disclosure
 * report. Every page is checked with axe-core and kept as a screenshot in
 * {@code target/browser/<language>/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class PlanStoryBrowserTest extends BrowserTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void theFamilysPlanFromOpeningToAudit(String language) {
        var t = new Texts(language);
        var walk = new Walk(chromium.newPage(), "http://localhost:" + port, language);
        String sleep = language + ": Eetu nukkuu huonosti ja on väsynyt koulussa";
        String money = language + ": Tarvitsemme apua raha-asioiden kanssa";
        String parents = language + ": Riitelemme siitä, miten Eetua kasvatetaan";
        // Names no other test gives a family: the key worker's day lists every case of the shared database.
        String father = "fi".equals(language) ? "Tapio" : "Tobias";
        String family = "Eetu, Anna, " + father;
        String evenings = language + ": Iltarutiinien ohjaus";
        String sami = "Sami Salo (" + t.get("profession.psychologist-family-counselling") + ")";

        // maija, in the chosen language, which the sign-in page's link remembers; her day opens first
        walk.open("/signin");
        walk.page.getByRole(AriaRole.LINK, Walk.named(t.get("language." + language))).click();
        walk.signIn("maija", "01-signin");
        assertThat(walk.page.locator("h1")).hasText(t.get("today.title.KEY_WORKER"));
        walk.link(t.get("action.openCase"));
        walk.page.getByRole(AriaRole.BUTTON, Walk.named(t.get("form.addMember"))).click();
        assertThat(walk.field(t.get("field.member.displayName", 4))).isVisible();
        walk.step("02-open-case-form");
        walk.field(t.get("field.member.displayName", 1)).fill("Eetu");
        walk.field(t.get("field.member.birthDate", 1)).fill("2018-03-04");
        walk.field(t.get("field.member.displayName", 2)).fill("Anna");
        walk.field(t.get("field.member.role", 3)).selectOption("GUARDIAN");
        walk.field(t.get("field.member.displayName", 3)).fill(father);
        walk.submit(t);
        assertThat(walk.page.locator("h1")).hasText(t.get("case.heading", family));
        assertThat(walk.page).hasTitle(t.get("case.title", family));
        String caseUrl = walk.page.url();
        walk.step("03-case-opened");

        walk.recordNeed(t, sleep, "Eetu");
        walk.recordNeed(t, money, "Anna");
        walk.recordNeed(t, parents, "Anna", father);
        walk.step("04-three-needs");
        walk.answer(t, sleep, "AGREED");
        walk.answer(t, money, "DISAGREED");
        walk.answer(t, parents, "AGREED");
        assertThat(walk.need(sleep)).containsText(t.get("enum.NeedStatus.AGREED"));
        assertThat(walk.need(money)).containsText(t.get("enum.NeedStatus.DISAGREED"));
        walk.step("05-answers");

        // Inviting for the need the family did not agree is refused: the rule, the need, what to do
        walk.link(t.get("action.invite"));
        walk.field(t.get("field.specialistId")).selectOption(new SelectOption().setLabel(sami));
        walk.label(money).check();
        walk.submit(t);
        assertThat(walk.page.getByRole(AriaRole.ALERT)).containsText(t.get("rule.NEED_NOT_AGREED"));
        assertThat(walk.page.getByRole(AriaRole.ALERT)).containsText(money);
        assertThat(walk.page.locator("body")).not().containsText("Exception");
        walk.step("06-rule-broken");

        // The mother consents for sami to the sleep and to the parents' need, which concerns the father too
        walk.go(caseUrl);
        walk.link(t.get("action.consent"));
        walk.field(t.get("field.givenBy")).selectOption(new SelectOption().setLabel("Anna"));
        walk.field(t.get("field.decision")).selectOption("GRANT");
        walk.field(t.get("field.recipient")).selectOption(new SelectOption().setLabel(sami));
        walk.label(sleep).check();
        walk.label(parents).check();
        walk.field(t.get("field.purpose")).fill("Unen tukeminen");
        walk.field(t.get("field.validUntil")).fill(today().plusDays(90).toString());
        walk.field(t.get("field.form")).selectOption("WRITTEN");
        walk.step("07-consent-form");
        walk.submit(t);
        assertThat(walk.page.locator("tr.consent")).containsText(t.get("enum.ConsentStatus.ACTIVE"));

        // Inviting for the parents' need is refused, naming whose consent is missing
        walk.link(t.get("action.invite"));
        walk.field(t.get("field.specialistId")).selectOption(new SelectOption().setLabel(sami));
        walk.label(parents).check();
        walk.submit(t);
        assertThat(walk.page.getByRole(AriaRole.ALERT)).containsText(t.get("rule.CONSENT_MISSING"));
        assertThat(walk.page.getByRole(AriaRole.ALERT)).containsText(t.get("sharing.missing", father));
        walk.step("08-consent-missing");

        // What sami would see, need by need, before the invitation
        walk.go(caseUrl);
        walk.label(t.get("case.preview.choose")).selectOption(new SelectOption().setLabel(sami));
        walk.page.getByRole(AriaRole.BUTTON, Walk.named(t.get("case.preview.show"))).click();
        assertThat(walk.page.locator("h1")).hasText(t.get("case.preview.heading", "Sami Salo"));
        Locator sharing = walk.page.locator("ul.sharing > li");
        assertThat(sharing.filter(hasText(sleep))).containsText(t.get("sharing.shared"));
        assertThat(sharing.filter(hasText(parents))).containsText(t.get("sharing.notShared"));
        assertThat(sharing.filter(hasText(parents))).containsText(t.get("sharing.missing", father));
        assertThat(sharing.filter(hasText(parents))).not().containsText(t.get("sharing.missing", "Anna"));
        assertThat(sharing.filter(hasText(money))).containsText(
                t.get("sharing.notAgreed", t.get("enum.NeedStatus.DISAGREED")));
        assertThat(walk.page.locator("article.need")).hasCount(1);
        assertThat(walk.need(sleep)).isVisible();
        walk.step("09-preview");

        walk.go(caseUrl);
        walk.link(t.get("action.invite"));
        walk.field(t.get("field.specialistId")).selectOption(new SelectOption().setLabel(sami));
        walk.label(sleep).check();
        walk.submit(t);
        assertThat(walk.page.locator("li.invitation")).containsText(t.get("enum.InvitationStatus.PENDING"));

        // A support action due today is this week's work; the next day it is overdue
        walk.link(t.get("action.plan"));
        walk.field(t.get("field.needId")).selectOption(new SelectOption().setLabel(sleep));
        walk.field(t.get("field.actionDescription")).fill(evenings);
        walk.field(t.get("field.responsible")).selectOption(new SelectOption().setLabel("Anna"));
        walk.field(t.get("field.dueDate")).fill(today().toString());
        walk.submit(t);
        walk.link(t.get("nav.today"));
        Locator work = walk.page.locator("tr.work").filter(hasText(family));
        assertThat(work.filter(hasText(evenings))).containsText(t.get("today.kind.ACTION_DUE"));
        assertThat(work.filter(hasText("Sami Salo"))).containsText(t.get("today.kind.INVITATION_WAITING"));
        assertThat(work.filter(hasText(t.get("today.kind.CONSENT_ENDING")))).hasCount(0);
        walk.step("10-day-due");
        clock.advance(Duration.ofDays(1));
        walk.page.reload();
        assertThat(work.filter(hasText(evenings))).containsText(t.get("today.kind.ACTION_OVERDUE"));
        walk.label(t.get("today.search")).fill(father);
        walk.page.getByRole(AriaRole.BUTTON, Walk.named(t.get("today.find"))).click();
        assertThat(walk.page.locator("tr.work").first()).containsText(family);
        walk.step("11-day-overdue");
        walk.page.locator("tr.work").filter(hasText(evenings)).getByRole(AriaRole.LINK).nth(1).click();
        assertThat(walk.page.locator("p.subject")).containsText(evenings);
        assertThat(walk.page.locator("p.family")).containsText(family);
        walk.signOut(t);

        // sami accepts and sees the shared need only
        walk.signIn("sami", "12-sami-signed-in");
        // the invitation names only the family members the needs shared with sami concern
        assertThat(walk.page.locator("li.invitation")
                .filter(hasText(t.get("today.invitationFrom", "Eetu", "Maija Mäkelä"))).first()).isVisible();
        walk.page.getByRole(AriaRole.LINK, Walk.named(t.get("nav.invitations"))).click();
        assertThat(walk.page.locator("article.invitation")).containsText(sleep);
        assertThat(walk.page.locator("main")).not().containsText(money);
        walk.step("13-inbox");
        walk.page.getByRole(AriaRole.BUTTON, Walk.named(t.get("invitations.accept"))).click();
        walk.go(caseUrl);
        assertThat(walk.page.locator("main")).containsText(sleep);
        assertThat(walk.page.locator("main")).not().containsText(money);
        assertThat(walk.page.locator("main")).not().containsText(parents);
        walk.step("14-sami-sees-shared-need");
        walk.signOut(t);

        // maija records the consent's withdrawal
        walk.signIn("maija", null);
        walk.go(caseUrl);
        walk.link(t.get("action.withdrawConsent"));
        assertThat(walk.page.locator("p.subject")).containsText("Anna");
        walk.field(t.get("field.withdrawnBy")).selectOption(new SelectOption().setLabel("Anna"));
        walk.field(t.get("field.note")).fill("Haluamme miettiä asiaa");
        walk.step("15-withdrawal-form");
        walk.submit(t);
        assertThat(walk.page.locator("tr.consent")).containsText(t.get("enum.ConsentStatus.WITHDRAWN"));
        walk.signOut(t);

        walk.signIn("sami", null);
        walk.go(caseUrl);
        assertThat(walk.page.locator("main")).containsText(t.get("error.notVisible"));
        assertThat(walk.page.locator("body")).not().containsText(sleep);
        walk.step("16-sami-no-longer-sees");
        walk.signOut(t);

        // helena: the history in words, the version before the withdrawal, its diff, the access log, the report
        walk.signIn("helena", "17-helena-unit");
        assertThat(walk.page.locator("h1")).hasText(t.get("today.title.SUPERVISOR"));
        walk.go(caseUrl);
        walk.step("18-helena-case");
        walk.link(t.get("action.history"));
        // opened, three needs, three answers, consent, invitation, action, acceptance, withdrawal, membership ended
        Locator events = walk.page.locator("tr.event");
        assertThat(events).hasCount(13);
        assertThat(events.nth(5)).containsText(t.get("history.said.NeedDisagreed", "Anna", "\u201d" + money + "\u201d",
                t.get("enum.AgreementChannel.MEETING")));
        assertThat(events.nth(11)).containsText("Haluamme miettiä asiaa");
        walk.step("19-history");
        walk.link(t.get("history.open", 10));
        assertThat(walk.page).hasTitle(t.get("planOn.title", 10, family));
        assertThat(walk.page.locator("tr.consent")).containsText(t.get("enum.ConsentStatus.ACTIVE"));
        assertThat(walk.page.locator("li.right")).containsText("Sami Salo");
        assertThat(walk.page.locator("li.right")).containsText(sleep);
        walk.step("20-version-before-withdrawal");

        walk.page.goBack();
        walk.link(t.get("history.whatChanged", 11));
        Locator consentChange = walk.page.locator("article.change").filter(hasText("Anna \u2192 Sami Salo"));
        assertThat(consentChange.locator("del")).hasText(t.get("enum.ConsentStatus.ACTIVE"));
        assertThat(consentChange.locator("ins")).hasText(t.get("enum.ConsentStatus.WITHDRAWN"));
        assertThat(consentChange).containsText(sleep);
        walk.step("21-diff");

        walk.page.getByRole(AriaRole.LINK, Walk.named(t.get("nav.accessLog"))).click();
        walk.label(t.get("accessLog.family")).selectOption(new SelectOption().setLabel(family));
        walk.label(t.get("accessLog.professional")).selectOption(new SelectOption().setLabel("Sami Salo"));
        walk.page.getByRole(AriaRole.BUTTON, Walk.named(t.get("accessLog.filter"))).click();
        Locator samisReads = walk.page.locator("tr.entry").filter(hasText(t.get("access.view.GET.cases._")));
        assertThat(samisReads.filter(hasText(t.get("enum.Basis.MEMBERSHIP")))).not().hasCount(0);
        assertThat(samisReads.filter(hasText(t.get("enum.Outcome.REFUSED")))).not().hasCount(0);
        assertThat(walk.page.locator("tr.entry").first()).containsText(family);
        walk.step("22-access-log");

        walk.go(caseUrl);
        // Eetu's report: the need shared with sami concerns him
        walk.label(t.get("case.disclosures.member")).selectOption(new SelectOption().setLabel("Eetu"));
        walk.label(t.get("case.disclosures.language")).selectOption(language);
        var download = walk.page.waitForDownload(() -> walk.page.getByRole(AriaRole.BUTTON,
                Walk.named(t.get("case.disclosures.download"))).click());
        assertThat(download.suggestedFilename()).isEqualTo(
                ("fi".equals(language) ? "luovutukset" : "utlamnanden") + "-eetu-" + today() + ".pdf");
        try (var report = Loader.loadPDF(readAll(download.path()))) {
            assertThat(report.getDocumentCatalog().getLanguage()).isEqualTo(language);
            assertThat(new PDFTextStripper().getText(report).replaceAll("\\s+", " ")).contains("Eetu",
                    "Perhekeskus Itä", "Maija Mäkelä", "Sami Salo", sleep, "Anna");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        walk.page.context().close();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
