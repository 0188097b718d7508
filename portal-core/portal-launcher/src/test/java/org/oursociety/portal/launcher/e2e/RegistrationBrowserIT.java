package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A resident signs in on the login page in a real (headless) Chromium and is known on every module's page. */
/** A new resident registers on the pages in a real (headless) Chromium, gets the mail and confirms. */
@ExtendWith(SharedPortal.class)
class RegistrationBrowserIT extends BrowserTest {

    private final RunningPortal portal;
    private final Mailbox mailbox;

    RegistrationBrowserIT(RunningPortal portal, Mailbox mailbox) {
        this.portal = portal;
        this.mailbox = mailbox;
    }

    @Test
    void registeringOnThePagesThenFollowingTheMailedLinkConfirmsTheAccount() throws Exception {
        String email = AccountsIT.unique("browser");
        browser.get(portal.url("/login.xhtml"));
        browser.findElement(By.id("login-register")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:email")));

        // First with a common password: the field says why, and nothing is saved.
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:displayName")).sendKeys("Rhys Jones");
        browser.findElement(By.id("register:password")).sendKeys("password123");
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:passwordMessage"), "common"));
        assertThat(browser.findElement(By.id("register:email")).getAttribute("value")).isEqualTo(email);

        browser.findElement(By.id("register:password")).sendKeys("rhys has a long passphrase");
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register-done")));
        assertThat(browser.findElement(By.id("register-done-text")).getText()).contains(email);

        Mailbox.Mail mail = mailbox.awaitMail(email, 1);
        assertThat(mailbox.mailsTo(email)).hasSize(1);
        browser.get(portal.url(mail.link("/confirm.xhtml")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirm-result"),
                "your email address is confirmed"));

        browser.get(portal.url(mail.link("/confirm.xhtml")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirm-result"), "already been used"));
        assertThat(browser.findElement(By.id("resend:email")).isDisplayed()).as("offers a new link").isTrue();

        browser.get(portal.url("/login.xhtml?next=/account/profile.xhtml"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys("rhys has a long passphrase");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlToBe(portal.url("/account/profile.xhtml")));
        assertThat(browser.findElement(By.id("details:displayName")).getAttribute("value")).isEqualTo("Rhys Jones");
        assertThat(browser.findElements(By.id("profile-unconfirmed"))).as("confirmed").isEmpty();
        assertThat(browser.findElement(By.id("portal-user-name")).getAttribute("href")).endsWith("/account/profile.xhtml");
    }
}
