package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Chromium for each browser test, closed after it, that checks every page the test
 * opens with axe-core: before the test leaves a page (a new address, or a click), and the page it
 * ends on. Any violation fails the test at its end, listed page by page.
 *
 * <p>For the look at both sizes: {@code lookAt(portal.url("/path"), "name")} opens a page at 1280 and at 390 px,
 * checks axe at both, fails if anything sticks out of the page or is cut off by its box, and saves
 * {@code target/screenshots/name-1280.png} and {@code name-390.png}; {@code lookHere("name")} does the
 * same for the page as it is now (a form showing its errors) without reloading it.
 */
abstract class BrowserTest {

    static final int DESKTOP = 1280;
    static final int PHONE = 390;

    protected WebDriver browser;
    protected WebDriverWait wait;
    private ChromeDriver chrome;
    private final List<String> violations = new ArrayList<>();
    private final PageChecks.Seen seen = new PageChecks.Seen();
    private String testName = "test";
    private boolean checking;

    @BeforeEach
    void openBrowser(TestInfo test) throws Exception {
        testName = test.getTestClass().map(Class::getSimpleName).orElse("") + "." + test.getTestMethod().map(m -> m.getName()).orElse("");
        chrome = HeadlessChromium.start();
        browser = new EventFiringDecorator<WebDriver>(new AxeListener(this::checkAccessibility)).decorate(chrome);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (chrome == null) {
            return;
        }
        try {
            checkAccessibility();
        } finally {
            chrome.quit();
        }
        assertThat(violations).as("axe-core found accessibility problems in " + testName).isEmpty();
    }

    /**
     * Runs axe-core on the page as it is now (once per page state and width) and records what it
     * finds; the test fails at its end if anything was found. Called by itself before each new
     * address and each click; call it after an Ajax update that the test does not follow with a click.
     */
    protected void checkAccessibility() {
        if (checking || chrome == null) {
            return;
        }
        checking = true;
        try {
            if (!PageChecks.isPortalPage(chrome) || !seen.firstTime(PageChecks.fingerprint(chrome))) {
                return;
            }
            String where = chrome.getCurrentUrl() + " at " + width() + " px";
            List<String> found;
            try {
                found = PageChecks.axe(chrome);
            } catch (RuntimeException e) {
                // The page changed under axe (a navigation under way): try once more.
                found = PageChecks.axe(chrome);
            }
            System.out.println("axe-core: " + where + ": " + (found.isEmpty() ? "no violations" : found.size() + " violation(s)"));
            for (String line : found) {
                violations.add(where + ": " + line);
            }
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("axe-core could not run")) {
                return; // the page went away while being checked; the next page is checked as usual
            }
            violations.add(chrome.getCurrentUrl() + ": " + e.getMessage());
        } finally {
            checking = false;
        }
    }

    /** Opens {@code url} (or a path on the portal already open) at 1280 and at 390 px: axe, nothing overflowing or cut off, screenshots under target/. */
    protected void lookAt(String path, String name) {
        String url = path.startsWith("http") ? path : baseUrl() + path;
        // (a test's own get() would be checked by the listener too; here the widths are set first)
        for (int width : new int[]{DESKTOP, PHONE}) {
            checkAccessibility();
            PageChecks.width(chrome, width);
            chrome.get(url);
            look(name, width);
        }
        PageChecks.desktop(chrome);
    }

    /** The page as it is now at 1280 and at 390 px, without reloading it (a form showing its errors). */
    protected void lookHere(String name) {
        for (int width : new int[]{DESKTOP, PHONE}) {
            PageChecks.width(chrome, width);
            look(name, width);
        }
        PageChecks.desktop(chrome);
    }

    /** Shows the current page (and the next ones) at {@code width} CSS pixels, a phone below 600. */
    protected void atWidth(int width) {
        checkAccessibility();
        if (width == DESKTOP) {
            PageChecks.desktop(chrome);
        } else {
            PageChecks.width(chrome, width);
        }
    }

    private void look(String name, int width) {
        checkAccessibility();
        PageChecks.screenshot(chrome, name + "-" + width);
        assertThat(PageChecks.overflow(chrome, width))
                .as("what overflows or is cut off on " + chrome.getCurrentUrl() + " at " + width + " px (screenshot: target/screenshots/"
                        + name + "-" + width + ".png)")
                .isEmpty();
    }

    private long width() {
        return ((Number) chrome.executeScript("return window.innerWidth;")).longValue();
    }

    /** The origin of the page the browser is on, for {@code lookAt} with a path. */
    private String baseUrl() {
        String current = chrome.getCurrentUrl();
        if (current == null || !current.startsWith("http")) {
            throw new IllegalStateException("lookAt with a path needs a portal page open first; pass portal.url(path)");
        }
        int slash = current.indexOf('/', current.indexOf("//") + 2);
        return slash < 0 ? current : current.substring(0, slash);
    }
}
