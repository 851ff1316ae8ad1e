package fi.perhekeskus.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * One Chromium for all of a test class's pages; each test opens its own fresh profile. Every page
 * any browser test visits is checked for the security headers.
 */
abstract class BrowserTest {

    static Chromium chromium;

    @BeforeAll
    static void startChromium() {
        chromium = Chromium.start();
    }

    @AfterEach
    void everyPageCameWithItsSecurityHeaders() {
        chromium.assertEveryDocumentHadItsSecurityHeaders();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
