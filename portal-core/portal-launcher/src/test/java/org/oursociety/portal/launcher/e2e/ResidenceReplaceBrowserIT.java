package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 8's fixes on the residence page: the area is worked out from the postcode, and a new claim
 * never silently replaces a verified one (the page asks first; the verified one stays until the new
 * one is decided).
 */
@ExtendWith(SharedPortal.class)
class ResidenceReplaceBrowserIT extends BrowserTest {

    private final RunningPortal portal;

    ResidenceReplaceBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void thePostcodeFindsTheWardAndANewClaimAsksBeforeItCouldReplaceTheVerifiedOne() throws Exception {
        String email = ThrowawayAccounts.create(portal, "Ifan Browser");
        browser.get(portal.url("/login.xhtml?next=/account/residence.xhtml"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(ThrowawayAccounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlToBe(portal.url("/account/residence.xhtml")));

        // No area chosen: the postcode says which ward.
        new Select(browser.findElement(By.id("claim:area"))).selectByValue("");
        browser.findElement(By.id("claim:postcode")).sendKeys("dm1 1aa");
        browser.findElement(By.id("claim:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "verified resident of Riverside"));

        // Another ward whose list lacks the postcode: the page asks first, and "no" changes nothing.
        new Select(browser.findElement(By.id("claim:area"))).selectByValue("hillcrest");
        browser.findElement(By.id("claim:postcode")).sendKeys("ZZ9 9ZZ");
        browser.findElement(By.id("claim:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim:replace")));
        assertThat(browser.findElement(By.id("replace-question")).getText()).contains("verified resident of Riverside", "Hillcrest");
        lookHere("residence-ask-first");
        browser.findElement(By.id("claim:keep")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claim:replace")));
        assertThat(browser.findElement(By.id("claims")).getText()).contains("Riverside").doesNotContain("Hillcrest");

        // "Yes": the new claim waits for a decision and the verified ward stays.
        new Select(browser.findElement(By.id("claim:area"))).selectByValue("hillcrest");
        browser.findElement(By.id("claim:postcode")).clear();
        browser.findElement(By.id("claim:postcode")).sendKeys("ZZ9 9ZZ");
        browser.findElement(By.id("claim:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim:confirmReplace")));
        browser.findElement(By.id("claim:confirmReplace")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "waits for the area's administrators"));
        String claims = browser.findElement(By.id("claims")).getText();
        assertThat(claims).contains("Riverside", "verified", "Hillcrest", "waiting for a decision");
        assertThat(browser.findElement(By.id("residence-resident-of")).getText()).contains("Riverside");
    }
}
