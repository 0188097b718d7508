package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An administrator builds the area tree on the areas page, in a real browser. */
@ExtendWith(SharedPortal.class)
class AreasPageBrowserIT extends BrowserTest {

    private final RunningPortal portal;
    private final String slug = "page-ward-" + UUID.randomUUID().toString().substring(0, 6);

    AreasPageBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void anAdminAddsAWardRenamesItAndIsToldWhatIsWrongWithABadPostcode() {
        browser.get(portal.url("/login.xhtml?next=/admin/areas.xhtml"));
        browser.findElement(By.id("login:email")).sendKeys(RunningPortal.ADMIN_EMAIL);
        browser.findElement(By.id("login:password")).sendKeys(RunningPortal.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlToBe(portal.url("/admin/areas.xhtml")));

        new Select(browser.findElement(By.id("areas:addParent"))).selectByVisibleText("Demo Borough Council");
        browser.findElement(By.id("areas:addSlug")).sendKeys(slug);
        browser.findElement(By.id("areas:addName")).sendKeys("Page Ward");
        new Select(browser.findElement(By.id("areas:addType"))).selectByValue("ward");
        browser.findElement(By.id("areas:addPostcodes")).sendKeys("DM9, banana");
        browser.findElement(By.id("areas:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("areas:messages"), "\"banana\" is not a UK postcode"));
        assertThat(browser.findElement(By.id("areas:tree")).getText()).as("nothing saved").doesNotContain(slug);

        browser.findElement(By.id("areas:addPostcodes")).clear();
        browser.findElement(By.id("areas:addPostcodes")).sendKeys("dm9");
        browser.findElement(By.id("areas:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("areas:messages"), "Added Page Ward."));
        assertThat(browser.findElement(By.id("areas:tree")).getText()).contains(slug, "DM9");

        browser.findElements(By.cssSelector("button[title='Edit: Page Ward']")).get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("areas:editName")));
        browser.findElement(By.id("areas:editName")).clear();
        browser.findElement(By.id("areas:editName")).sendKeys("Page Ward Renamed");
        browser.findElement(By.id("areas:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("areas:messages"), "Saved Page Ward Renamed."));
        assertThat(browser.findElement(By.id("areas:tree")).getText()).contains("Page Ward Renamed");
    }
}
