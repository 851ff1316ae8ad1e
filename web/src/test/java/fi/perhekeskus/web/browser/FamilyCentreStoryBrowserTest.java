package fi.perhekeskus.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A family's year with the family centre in a real browser, in Finnish: maija opens a case for Eetu
 * and his separated parents Anna and Mikko, records two needs that Anna agrees to and the sleep
 * need's goal in the family's words; a review (seuranta) with Anna, Eetu and Eetu's teacher follows
 * up both needs with the family's and the child's view, continuing one and changing the other; a
 * baby is born into the family; Anna's own need is kept from the rest of the family by her decision,
 * and the printout for Mikko leaves it out; the case is closed with each need's outcome and, once
 * asked for it, a summary for the family, offers only reopening, and is reopened with its history
 * going on. Every page is checked with axe-core and kept as a screenshot in
 * {@code target/browser/story/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class FamilyCentreStoryBrowserTest extends BrowserTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Test
    void aReviewABabyANeedKeptFromTheOtherParentAndAClosedCaseReopened() {
        var t = new Texts("fi");
        var walk = new Walk(chromium.newPage(), "http://localhost:" + port, "story");
        String sleep = "Eetu nukkuu huonosti ja on väsynyt koulussa";
        String school = "Eetu ei halua lähteä kouluun";
        String own = "Olen uupunut ja pelkään kotona";

        walk.open("/signin?lang=fi");
        walk.signIn("maija", null);
        walk.link(t.get("action.openCase"));
        walk.field(t.get("field.member.displayName", 1)).fill("Eetu");
        walk.field(t.get("field.member.birthDate", 1)).fill("2016-03-04");
        walk.field(t.get("field.member.displayName", 2)).fill("Anna");
        walk.field(t.get("field.member.role", 3)).selectOption("GUARDIAN");
        walk.field(t.get("field.member.displayName", 3)).fill("Mikko");
        walk.submit(t);
        String caseUrl = walk.page.url();
        walk.recordNeed(t, sleep, "Eetu");
        walk.recordNeed(t, school, "Eetu");
        walk.answer(t, sleep, "AGREED");
        walk.answer(t, school, "AGREED");

        // The sleep need's goal, in the family's words
        walk.need(sleep).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(t.get("action.setGoal"))
                .setExact(true)).click();
        walk.field(t.get("field.whatWillBeDifferent")).fill("Eetu nukkuu yöt omassa sängyssään");
        walk.field(t.get("field.howWeWillNotice")).fill("Aamulla kaikki ovat levänneitä");
        walk.step("01-goal-form");
        walk.submit(t);
        assertThat(walk.need(sleep)).containsText("Aamulla kaikki ovat levänneitä");

        // The review follows up both needs: the family's and the child's view, continue and change
        walk.link(t.get("action.review"));
        group(walk, t.get("field.familyParticipants")).getByLabel("Anna", exact()).check();
        group(walk, t.get("field.familyParticipants")).getByLabel("Eetu", exact()).check();
        group(walk, t.get("field.professionalParticipants")).getByLabel("Maija Mäkelä", exact()).check();
        walk.field(t.get("field.otherParticipant.name", 1)).fill("Liisa Opettaja");
        walk.field(t.get("field.otherParticipant.organisation", 1)).fill("Kallion koulu");
        walk.field(t.get("field.summary")).fill("Uni on parantunut, kouluaamut ovat yhä vaikeita");
        named(walk, "followUps[0].familyView").fill("Eetu nukkuu useimmat yöt läpi");
        named(walk, "followUps[0].professionalView").fill("Iltarutiini on vakiintunut");
        named(walk, "followUps[0].childView").fill("Nyt ei pelota illalla");
        named(walk, "followUps[1].familyView").fill("Aamuisin itkee yhä");
        named(walk, "followUps[1].professionalView").fill("Koulun kanssa tarvitaan yhteinen suunnitelma");
        named(walk, "followUps[1].childView").fill("Välitunnit ovat pelottavia");
        named(walk, "followUps[1].decision").selectOption("CHANGE");
        named(walk, "followUps[1].note").fill("Tavataan opettaja yhdessä");
        walk.field(t.get("field.nextReviewOn")).fill(today().plusMonths(2).toString());
        walk.step("02-review-form");
        walk.submit(t);
        assertThat(walk.page.getByRole(AriaRole.STATUS)).hasText(t.get("form.done"));
        Locator reviews = walk.page.locator("section[aria-labelledby=reviews-heading]");
        assertThat(reviews).containsText(t.get("plan.externalParticipant", "Liisa Opettaja", "Kallion koulu"));
        assertThat(reviews).containsText("Eetu nukkuu useimmat yöt läpi");
        assertThat(reviews).containsText("Nyt ei pelota illalla");
        assertThat(reviews).containsText(t.get("enum.FollowUpDecision.CHANGE"));
        assertThat(reviews).containsText(t.get("plan.nextReview", ""));
        walk.step("03-reviewed");

        // A baby is born
        walk.link(t.get("action.addMember"));
        walk.field(t.get("field.role")).selectOption("CHILD");
        walk.field(t.get("field.displayName")).fill("Vauva");
        walk.field(t.get("field.birthDate")).fill(today().toString());
        walk.submit(t);
        assertThat(walk.page.locator("section[aria-labelledby=family-heading]")).containsText("Vauva");

        // Anna's own need, kept from the rest of the family by her decision, is not on Mikko's printout
        walk.recordNeed(t, own, "Anna");
        walk.keepFromFamily(t, own, "Anna", null);
        walk.printFor(t, "Mikko");
        assertThat(walk.page.locator("main")).containsText(sleep);
        assertThat(walk.page.locator("main")).not().containsText(own);
        walk.step("04-printout-for-mikko");
        walk.go(caseUrl);

        // Closing asks each need's outcome and a summary for the family
        walk.link(t.get("action.closeCase"));
        named(walk, "needOutcomes[0].outcome").selectOption("MET");
        named(walk, "needOutcomes[1].outcome").selectOption("PARTLY_MET");
        named(walk, "needOutcomes[2].outcome").selectOption("NO_LONGER_RELEVANT");
        walk.field(t.get("field.reason")).fill("Perheen tuen tarve on päättynyt");
        walk.step("05-closing-form");
        walk.submit(t);
        assertThat(walk.page.getByRole(AriaRole.ALERT)).containsText(t.get("form.invalid"));
        walk.field(t.get("field.summaryForFamily")).fill("Eetun uni on parantunut. Koulu jatkaa tukea.");
        walk.field(t.get("field.referredTo")).fill("Koulun kuraattori");
        walk.submit(t);
        Locator closing = walk.page.locator("section[aria-labelledby=closing-heading]");
        assertThat(closing).containsText("Eetun uni on parantunut. Koulu jatkaa tukea.");
        assertThat(closing).containsText(t.get("plan.referredTo", "Koulun kuraattori"));
        assertThat(walk.need(school)).containsText(t.get("enum.NeedOutcome.PARTLY_MET"));
        assertThat(walk.page.getByRole(AriaRole.LINK, Walk.named(t.get("action.recordNeed")))).hasCount(0);
        walk.step("06-closed");

        // ... and reopened: the history goes on
        walk.link(t.get("action.reopenCase"));
        walk.field(t.get("field.reason")).fill("Perhe otti uudelleen yhteyttä");
        walk.submit(t);
        assertThat(walk.page.locator("section[aria-labelledby=closing-heading]"))
                .containsText(t.get("plan.reopened", "Perhe otti uudelleen yhteyttä"));
        assertThat(walk.page.getByRole(AriaRole.LINK, Walk.named(t.get("action.recordNeed")))).hasCount(1);
        walk.step("07-reopened");
        walk.go(caseUrl + "/history");
        assertThat(walk.page.locator("main")).containsText(t.get("history.said.CaseReopened"));
        walk.step("08-history");
        walk.page.context().close();
    }

    private static Locator group(Walk walk, String name) {
        return walk.page.getByRole(AriaRole.GROUP, new com.microsoft.playwright.Page.GetByRoleOptions().setName(name));
    }

    private static Locator named(Walk walk, String name) {
        return walk.page.locator("[name='" + name + "']");
    }

    private static Locator.GetByLabelOptions exact() {
        return new Locator.GetByLabelOptions().setExact(true);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }
}
