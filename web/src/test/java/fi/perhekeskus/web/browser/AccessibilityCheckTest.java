package fi.perhekeskus.web.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The check every page passes can fail: a page with the faults it looks for does not pass it. */
class AccessibilityCheckTest extends BrowserTest {

    @Test
    void aPageWithAnUnlabelledFieldAndFaintTextFails() {
        var page = chromium.newPage();
        page.setContent("<!DOCTYPE html><html lang='fi'><head><title>t</title></head><body><main>"
                + "<p style='color:#ddd;background:#fff'>Heikko teksti</p><form><input type='text'></form>"
                + "</main></body></html>");
        assertThatThrownBy(() -> Chromium.assertAccessible(page))
                .hasMessageContaining("label")
                .hasMessageContaining("color-contrast");
        page.context().close();
    }

    @Test
    void aPlainLabelledPagePasses() {
        var page = chromium.newPage();
        page.setContent("<!DOCTYPE html><html lang='fi'><head><title>t</title></head><body><main><h1>Otsikko</h1>"
                + "<form><label for='n'>Nimi</label><input id='n' type='text'></form></main></body></html>");
        assertThatCode(() -> Chromium.assertAccessible(page)).doesNotThrowAnyException();
        page.context().close();
    }
}
