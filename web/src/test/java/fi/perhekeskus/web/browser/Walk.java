package fi.perhekeskus.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * One person's way through the pages, as they would do it: by labels and link texts in their
 * language. Each named step is checked for accessibility and kept as a screenshot.
 */
final class Walk {

    final Page page;
    private final String base;
    private final Path screenshots;

    Walk(Page page, String base, String language) {
        this.page = page;
        this.base = base;
        this.screenshots = Path.of("target", "browser", language);
    }

    Response open(String path) {
        return go(base + path);
    }

    Response go(String url) {
        return page.navigate(url);
    }

    /** An element by its whole accessible name, not a part of a longer one. */
    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** Follows the link of exactly this text; the first, where a page has it more than once. */
    void link(String text) {
        page.getByRole(AriaRole.LINK, named(text)).first().click();
    }

    void step(String name) {
        Chromium.assertAccessible(page);
        screenshot(name);
    }

    void screenshot(String name) {
        Chromium.screenshot(page, screenshots.resolve(name + ".png"));
    }

    /** From any page: the sign-in form, then the person's own start page. */
    void signIn(String username, String step) {
        open("/signin");
        if (step != null) {
            step(step + "-form");
        }
        page.locator("#username").fill(username);
        page.locator("#password").fill(username + "-demo");
        page.locator("main button[type=submit]").click();
        assertThat(page.locator("header form")).isVisible();
        if (step != null) {
            step(step);
        }
    }

    void signOut(Texts t) {
        page.getByRole(AriaRole.BUTTON, named(t.get("layout.signOut"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(t.get("signin.signedOut"));
    }

    void submit(Texts t) {
        page.getByRole(AriaRole.BUTTON, named(t.get("form.submit"))).click();
    }

    /**
     * A form's field by its label, which may go on with "(required)" in the reader's language. The
     * pattern runs in the browser as a JavaScript regular expression, which has no Java quoting.
     */
    Locator field(String label) {
        String literal = label.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
        return page.getByLabel(Pattern.compile("^" + literal + "( \\(.*\\))?$"));
    }

    /** A control by its whole label. */
    Locator label(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    Locator need(String description) {
        return page.locator("article.need").filter(new Locator.FilterOptions().setHasText(description));
    }

    void recordNeed(Texts t, String description, String... concerns) {
        page.getByRole(AriaRole.LINK, named(t.get("action.recordNeed"))).click();
        field(t.get("field.description")).fill(description);
        field(t.get("field.raisedBy")).selectOption(new SelectOption().setLabel("Anna"));
        for (String member : concerns) {
            page.getByRole(AriaRole.GROUP).getByLabel(member, new Locator.GetByLabelOptions().setExact(true)).check();
        }
        submit(t);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(t.get("form.done"));
        assertThat(need(description)).containsText(t.get("enum.NeedStatus.PROPOSED"));
    }

    void answer(Texts t, String need, String decision) {
        need(need).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(t.get("action.agreement"))
                .setExact(true)).click();
        field(t.get("field.memberId")).selectOption(new SelectOption().setLabel("Anna"));
        field(t.get("field.decision")).selectOption(decision);
        field(t.get("field.channel")).selectOption("MEETING");
        submit(t);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(t.get("form.done"));
    }

    /** Keeps an adult's own need from the rest of the family by that adult's decision; a step names the form's screenshot. */
    void keepFromFamily(Texts t, String need, String adult, String step) {
        need(need).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(t.get("action.confidentiality"))
                .setExact(true)).click();
        field(t.get("field.decidedBy")).selectOption(new SelectOption().setLabel(adult));
        field(t.get("field.confidential")).selectOption("true");
        if (step != null) {
            step(step);
        }
        submit(t);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(t.get("form.done"));
        assertThat(need(need)).containsText(t.get("plan.confidential"));
    }

    /** The printout produced for one member, which says whom it is for. */
    void printFor(Texts t, String member) {
        link(t.get("action.printFor", member));
        assertThat(page.locator("p.printed-for")).hasText(t.get("print.for", member));
    }
}
