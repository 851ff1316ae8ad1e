package fi.perhekeskus.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.perhekeskus.access.Basis;
import fi.perhekeskus.accesslog.AccessEntry;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.audit.versions.PlanDiff;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.caseview.WorkItem;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.InvitationLapseReason;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.MembershipEndReason;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedStatus;
import fi.perhekeskus.plan.api.PlanRule;
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
 * Every page of every role, in English, on a case the authorization tests' situations build (a
 * member, sami, with a support action of his, and a pending invitation to outi): no serious or
 * critical axe-core violation, no missing text ({@code ??key??}), no stack trace. The rest of each
 * role's work beyond the story: a specialist's own action done and leaving, declining with a reason,
 * the key worker's child's view, support action, review, approval and handover. And what a form
 * does with bad input, and dates and the chosen language as the reader expects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class EveryPageBrowserTest extends BrowserTest {

    /** A laptop's window and a phone's (an iPhone's 390 CSS pixels). */
    private static final List<Integer> WIDTHS = List.of(1366, 390);

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Every code of a value the pages show, which must be shown in words. */
    private static final List<String> CODES = Stream.of(MemberRole.values(), NeedStatus.values(),
                    NeedOutcome.values(), AgreementDecision.values(), AgreementChannel.values(),
                    ConsentDecision.values(), ConsentForm.values(), HowHeard.values(),
                    CaseView.Consent.Status.values(), CaseView.Invitation.Status.values(),
                    CaseView.SupportAction.Status.values(), CaseView.Status.values(), ActorRole.values(),
                    Basis.values(), AccessEntry.Outcome.values(), ProfessionalRole.values(),
                    PlanDiff.Kind.values(), PlanRule.values(), WorkItem.Kind.values(),
                    InvitationLapseReason.values(), MembershipEndReason.values())
            .flatMap(Arrays::stream)
            .map(Enum::name)
            .distinct()
            .toList();

    private final Texts t = new Texts("en");

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
        String base = base();
        String need = base + "/needs/" + plan.needA();
        visitAll("maija", List.of("/today", "/today?sort=FAMILY&q=Eetu", "/cases", "/cases/new", base, base + "/print",
                base + "/preview?specialistId=" + plan.invitable().getId(), base + "/needs", need + "/revision",
                need + "/agreement", need + "/closure", need + "/goal", base + "/child-views", base + "/actions",
                base + "/actions/" + plan.action() + "/completion", base + "/consents",
                base + "/consents/" + plan.consent() + "/withdrawal", base + "/invitations",
                base + "/invitations/" + plan.invitation() + "/withdrawal",
                base + "/members/" + plan.member().getId() + "/departure", base + "/reviews", base + "/approvals",
                base + "/family-language", base + "/family-members", base + "/family-members/" + plan.child()
                        + "/correction", base + "/family-members/" + plan.guardian() + "/leaving",
                base + "/external-participants", base + "/external-participants/" + plan.participant() + "/disclosures",
                base + "/external-participants/" + plan.participant() + "/removal", base + "/legal-disclosures",
                base + "/family-members/" + plan.guardian() + "/contact-details",
                base + "/family-members/" + plan.guardian() + "/non-disclosure", need + "/confidentiality",
                base + "/print?member=" + plan.guardian(),
                base + "/key-worker-handover", base + "/closure", base + "/reopening", base + "/history",
                base + "/plan?on=" + today(), base + "/plan?version=2", base + "/diff?from=0&to=3",
                base + "/diff?from=3&to=8", "/cases/" + UUID.randomUUID(),
                base + "/diff?from=first&to=3", base + "/plan", "/no-such-page"));
    }

    @Test
    void theSpecialistsAndTheSupervisorsPages() {
        String base = base();
        visitAll("sami", List.of("/today", "/cases", base, base + "/actions/" + plan.action() + "/completion",
                base + "/members/" + plan.member().getId() + "/departure"));
        visitAll("outi", List.of("/today", "/cases", "/invitations", "/invitations/" + plan.invitation() + "/decline"));
        visitAll("helena", List.of("/today", "/cases", base, base + "/history", base + "/diff?from=3&to=8",
                "/access-log", "/access-log?caseId=" + plan.caseId()));
    }

    @Test
    void aFormWithMissingFieldsSaysWhatIsMissingBesideEachField() {
        var walk = signedIn("maija");
        walk.open(base() + "/needs");
        walk.page.getByRole(AriaRole.BUTTON, Walk.named(t.get("form.submit"))).click();
        assertThat(walk.page.getByRole(AriaRole.ALERT)).hasText(t.get("form.invalid"));
        assertThat(walk.page.locator("#error-description")).hasText(t.get("NotNull"));
        assertThat(walk.page.locator("#field-description")).hasAttribute("aria-invalid", "true");
        assertThat(walk.page.locator("#error-concernsMemberIds")).hasText(t.get("NotEmpty"));
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
        assertThat(walk.page.locator("main")).containsText("född 4.3.2017");
        walk.open(casePage + "?lang=en");
        walk.open(casePage);
        assertThat(walk.page.locator("main")).containsText("born 4 Mar 2017");
        assertThat(walk.page.locator("html")).hasAttribute("lang", "en");
        walk.page.context().close();
    }

    @Test
    void aSpecialistMarksTheirActionDoneAndLeaves() {
        var walk = signedIn("sami");
        walk.open(base());
        walk.link(t.get("action.complete"));
        walk.field(t.get("field.note")).fill("Harjoiteltu kotona kolme viikkoa");
        walk.submit(t);
        assertThat(walk.page.locator("main")).containsText(t.get("enum.ActionStatus.COMPLETED"));
        walk.step("sami-action-done");
        walk.link(t.get("action.leave"));
        walk.field(t.get("field.reason")).fill("Jakso päättyi");
        walk.submit(t);
        assertThat(walk.page.locator("h1")).hasText(t.get("cases.title.SPECIALIST"));
        walk.open(base());
        assertThat(walk.page.locator("main")).containsText(t.get("error.notVisible"));
        walk.step("sami-left");
    }

    @Test
    void aSpecialistDeclinesWithAReason() {
        var walk = signedIn("outi");
        String decline = "/invitations/" + plan.invitation() + "/decline";
        walk.open("/invitations");
        walk.page.locator("a[href='" + decline + "']").click();
        walk.submit(t);
        assertThat(walk.page.locator("#error-reason")).hasText(t.get("NotNull"));
        walk.field(t.get("field.reason")).fill("Ei vapaita aikoja tänä syksynä");
        walk.submit(t);
        assertThat(walk.page.getByRole(AriaRole.STATUS)).hasText(t.get("form.done"));
        assertThat(walk.page.locator("a[href='" + decline + "']")).hasCount(0);
        walk.step("outi-declined");
    }

    @Test
    void theKeyWorkerRecordsTheRestOfThePlanAndHandsItOver() {
        var walk = signedIn("maija");
        walk.open(base());
        walk.link(t.get("action.childView"));
        walk.field(t.get("field.childId")).selectOption(new SelectOption().setLabel("Eetu"));
        walk.field(t.get("field.view")).fill("Haluan puhua niin että kaverit ymmärtää");
        walk.field(t.get("field.howHeard")).selectOption("CONVERSATION");
        walk.submit(t);
        assertThat(walk.page.locator("main")).containsText("Haluan puhua niin että kaverit ymmärtää");

        // The printout for the family, in their language: who to ask, and the child's words only as agreed
        var sv = new Texts("sv");
        walk.open(base() + "/print?language=sv");
        assertThat(walk.page.locator("html")).hasAttribute("lang", "sv");
        assertThat(walk.page.locator("main")).containsText(sv.get("print.rights"));
        assertThat(walk.page.locator("main")).containsText("+358 40 123 4501");
        assertThat(walk.page.locator("main")).containsText(sv.get("print.childWordsNotShown"));
        assertThat(walk.page.locator("main")).not().containsText("Haluan puhua niin että kaverit ymmärtää");
        assertThat(walk.page.locator("main")).not().containsText(sv.get("plan.invitations"));
        walk.step("print-for-the-family");
        walk.open(base());
        assertThat(walk.page.locator("html")).hasAttribute("lang", "en");

        walk.link(t.get("action.plan"));
        walk.field(t.get("field.needId")).selectOption(new SelectOption().setLabel(Situations.NEED_B));
        walk.field(t.get("field.actionDescription")).fill("Iltarutiinit yhdessä");
        walk.field(t.get("field.responsible")).selectOption(new SelectOption().setLabel("Anna"));
        walk.field(t.get("field.dueDate")).fill(today().plusDays(21).toString());
        walk.submit(t);
        assertThat(walk.need(Situations.NEED_B)).containsText("Iltarutiinit yhdessä");

        walk.link(t.get("action.review"));
        walk.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(t.get("field.familyParticipants")))
                .getByLabel("Anna", new Locator.GetByLabelOptions().setExact(true)).check();
        walk.field(t.get("field.summary")).fill("Puhe on selkeytynyt");
        for (Locator view : walk.page.locator("[name$='.familyView'], [name$='.professionalView']").all()) {
            view.fill("Eteni");
        }
        walk.field(t.get("field.nextReviewOn")).fill(today().plusMonths(3).toString());
        walk.submit(t);
        assertThat(walk.page.locator("main")).containsText("Puhe on selkeytynyt");

        walk.link(t.get("action.approve"));
        walk.field(t.get("field.approvedBy")).selectOption(new SelectOption().setLabel("Anna"));
        walk.submit(t);
        assertThat(walk.page.locator("main")).not().containsText(t.get("plan.neverApproved"));
        assertThat(walk.page.locator("main")).not().containsText(t.get("plan.changedSinceApproval"));
        walk.step("maija-approved");

        walk.link(t.get("action.handOver"));
        walk.field(t.get("field.newKeyWorkerId")).selectOption(new SelectOption().setLabel("Jari Nieminen"));
        walk.field(t.get("field.reason")).fill("Perhe muutti länteen");
        walk.submit(t);
        assertThat(walk.page.locator("h1")).hasText(t.get("cases.title.KEY_WORKER"));
        walk.signOut(t);

        walk.signIn("jari", null);
        walk.open(base());
        assertThat(walk.page.locator("main")).containsText(t.get("plan.keyWorker") + ": Jari Nieminen");
        assertThat(walk.page.getByRole(AriaRole.LINK, Walk.named(t.get("action.recordNeed")))).isVisible();
        walk.step("jari-now-key-worker");
    }

    /**
     * Each page at a laptop's width and a phone's: axe-clean, no wider than the window at either, and
     * no id or code of the plan in its text: nothing a professional would have to decode. The phone's
     * width lays out the same page again: the pages change only their styles with the width, so axe,
     * which reads the document, would find at the phone's width what it found at the laptop's.
     */
    private void visitAll(String username, List<String> paths) {
        var walk = signedIn(username);
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            walk.page.setViewportSize(WIDTHS.get(0), 900);
            assertThat(walk.open(path).status()).as(path + " answered").isLessThan(500);
            String shown = walk.page.locator("body").innerText();
            assertThat(shown).as(path).doesNotContain("??").doesNotContain("Exception")
                    .doesNotContain("Whitelabel").doesNotContain("\"status\"");
            assertThat(UUID_PATTERN.matcher(shown).results().map(MatchResult::group).toList())
                    .as("ids shown on " + path).isEmpty();
            assertThat(CODES.stream().filter(code -> Pattern.compile("\\b" + code + "\\b").matcher(shown).find())
                    .toList()).as("codes shown on " + path).isEmpty();
            walk.step(String.format("%s-%02d-%d", username, i, WIDTHS.get(0)));
            for (int width : WIDTHS) {
                walk.page.setViewportSize(width, 900);
                assertThat((Boolean) walk.page.evaluate(
                        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                        .as(path + " fits a window " + width + " px wide").isTrue();
            }
            walk.screenshot(String.format("%s-%02d-%d", username, i, WIDTHS.get(1)));
        }
        walk.page.context().close();
    }

    private Walk signedIn(String username) {
        var walk = new Walk(chromium.newPage(), "http://localhost:" + port, "every-page");
        walk.signIn(username, null);
        walk.open("/cases?lang=en");
        return walk;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Helsinki")));
    }

    private String base() {
        return "/cases/" + plan.caseId();
    }
}
