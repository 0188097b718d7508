package org.oursociety.portal.launcher.e2e;

import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What the browser's console said about the Content Security Policy since it was last asked (reading the
 * log empties it): every page test asserts there is nothing. Browser tests call {@link #of(WebDriver)}.
 */
final class CspViolations {

    private CspViolations() {
    }

    static List<String> of(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }
}
