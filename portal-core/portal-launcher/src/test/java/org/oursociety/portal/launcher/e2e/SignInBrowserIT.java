package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A resident signs in on the login page in a real (headless) Chromium and is known on every module's page. */
@ExtendWith(SharedPortal.class)
class SignInBrowserIT extends BrowserTest {

    private final RunningPortal portal;

    SignInBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void signingInOnTheLoginPageIsSeenByEveryModule() {
        browser.get(portal.url("/login.xhtml?next=/forum/"));
        browser.findElement(By.id("login:email")).sendKeys(SessionApiIT.AMIRA);
        browser.findElement(By.id("login:password")).sendKeys(SessionApiIT.RESIDENT_PASSWORD);
        browser.findElement(By.id("login:submit")).click();

        wait.until(ExpectedConditions.urlToBe(portal.url("/forum/")));
        for (String page : new String[]{"/forum/", "/budget/", "/directory/", "/"}) {
            browser.get(portal.url(page));
            assertThat(browser.findElement(By.id("portal-user-name")).getText()).as(page).isEqualTo("Amira Khan");
        }

        browser.findElement(By.id("portal-sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-sign-in")));
        browser.get(portal.url("/budget/"));
        assertThat(browser.findElements(By.id("portal-user-name"))).isEmpty();
        assertThat(browser.findElement(By.id("portal-sign-in")).isDisplayed()).isTrue();
    }

    @Test
    void aWrongPasswordOnTheLoginPageSaysSoAndKeepsTheEmail() {
        browser.get(portal.url("/login.xhtml"));
        browser.findElement(By.id("login:email")).sendKeys(SessionApiIT.AMIRA);
        browser.findElement(By.id("login:password")).sendKeys("not-her-password");
        browser.findElement(By.id("login:submit")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"),
                "The email address or the password is not right."));
        assertThat(browser.findElement(By.id("login:email")).getAttribute("value")).isEqualTo(SessionApiIT.AMIRA);
        assertThat(browser.findElements(By.id("portal-user-name"))).isEmpty();
    }
}
