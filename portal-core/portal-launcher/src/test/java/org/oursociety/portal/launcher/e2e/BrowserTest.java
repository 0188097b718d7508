package org.oursociety.portal.launcher.e2e;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless Chromium for each browser test, closed after it. */
abstract class BrowserTest {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
