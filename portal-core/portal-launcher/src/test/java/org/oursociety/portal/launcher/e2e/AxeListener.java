package org.oursociety.portal.launcher.e2e;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Has {@link BrowserTest} check the page before the browser leaves it: before a new address and
 * before a click. Public and top-level because Selenium calls listeners by reflection.
 */
public final class AxeListener implements WebDriverListener {

    private final Runnable check;

    AxeListener(Runnable check) {
        this.check = check;
    }

    @Override
    public void beforeGet(WebDriver driver, String url) {
        check.run();
    }

    @Override
    public void beforeClick(WebElement element) {
        check.run();
    }
}
