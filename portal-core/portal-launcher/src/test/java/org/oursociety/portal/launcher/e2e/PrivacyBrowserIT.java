package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A resident deletes their account on the privacy page in headless Chromium, with the Content-Security-Policy enforced. */
@ExtendWith(SharedPortal.class)
class PrivacyBrowserIT extends BrowserTest {

    private final RunningPortal portal;

    PrivacyBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void aResidentDeletesTheirAccountAfterAWrongPasswordAndCannotSignInAgain() throws Exception {
        String email = ThrowawayAccounts.create(portal, "Sam Browser");
        browser.get(portal.url("/account/privacy.xhtml"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(ThrowawayAccounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlToBe(portal.url("/account/privacy.xhtml")));
        assertThat(browser.findElement(By.cssSelector("a#privacy-download, #privacy-download a")).getAttribute("href")).endsWith("/api/me/data");
        assertThat(browser.findElement(By.cssSelector("label[for='privacy-delete:password']")).getText())
                .contains("Your password");

        browser.findElement(By.id("privacy-delete:password")).sendKeys("not-my-password");
        browser.findElement(By.id("privacy-delete:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("privacy-delete:password-message"),
                "That is not your password. Nothing was deleted."));
        assertThat(browser.findElement(By.id("portal-user-name")).getText()).isEqualTo("Sam Browser");

        browser.findElement(By.id("privacy-delete:password")).sendKeys(ThrowawayAccounts.PASSWORD);
        browser.findElement(By.id("privacy-delete:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-deleted")));
        assertThat(browser.findElements(By.id("portal-user-name"))).isEmpty();

        browser.get(portal.url("/login.xhtml"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(ThrowawayAccounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"),
                "The email address or the password is not right."));
        assertThat(CspViolations.of(browser)).isEmpty();
    }

    @Test
    void thePagesRunUnderTheContentSecurityPolicyWithoutViolations() {
        for (String page : new String[]{"/", "/login.xhtml", "/forum/", "/budget/", "/directory/"}) {
            browser.get(portal.url(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
        }
        browser.get(portal.url("/login.xhtml"));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!(window.PrimeFaces && PrimeFaces.csp)")));

        assertThat(CspViolations.of(browser)).isEmpty();
    }

    @Test
    void anInjectedInlineScriptIsRefusedByThePolicy() {
        browser.get(portal.url("/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
        JavascriptExecutor js = (JavascriptExecutor) browser;

        js.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + " document.body.appendChild(s);");

        assertThat(js.executeScript("return window.injected === true")).isEqualTo(false);
        wait.until(d -> !CspViolations.of(browser).isEmpty());
    }
}
