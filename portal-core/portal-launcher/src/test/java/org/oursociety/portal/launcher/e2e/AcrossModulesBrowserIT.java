package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 12 in headless Chromium: the area's home page with its cards and the search box in the area bar, a
 * search from that box (a plain GET form) to the results grouped by module, and a post with link cards, each at
 * 1280 and 390 px with axe-core finding nothing.
 */
@ExtendWith(SharedPortal.class)
class AcrossModulesBrowserIT extends BrowserTest {

    private final RunningPortal portal;

    AcrossModulesBrowserIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void aResidentSearchesTheAreaFromTheHeaderAndFollowsALinkCard() throws Exception {
        AcrossWard ward = new AcrossWard(portal);
        String topic = ward.topic("Lanterns on the towpath", "Please back [our proposal](/budget/" + ward.slug
                + "/proposal.xhtml?id=" + ward.proposalId + "), run by [the club](/directory/" + ward.slug
                + "/organization.xhtml?id=" + ward.organizationId + "). A " + ward.word + " idea.");

        browser.get(portal.url("/?area=" + ward.slug));
        lookAt("/?area=" + ward.slug, "across-home");
        WebElement box = browser.findElement(By.id("portal-search-q"));
        assertThat(browser.findElement(By.cssSelector("label[for='portal-search-q']")).getAttribute("textContent"))
                .contains("Search");
        box.sendKeys(ward.word);
        browser.findElement(By.id("portal-search-go")).click();
        wait.until(ExpectedConditions.urlContains("/search.xhtml"));

        assertThat(browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo(ward.word);
        for (String module : List.of("forum", "budget", "directory")) {
            assertThat(browser.findElements(By.cssSelector("#search-" + module + " li a"))).as(module).isNotEmpty();
        }
        lookHere("across-search");

        ward.switchModule("budget", false);
        lookAt("/search.xhtml?area=" + ward.slug + "&q=" + ward.word, "across-search-budget-off");
        assertThat(browser.findElement(By.id("search-budget-note")).getText()).contains("is not used in");
        ward.switchModule("budget", true);

        String page = "/forum/" + ward.slug + "/topic.xhtml?id=" + topic;
        lookAt(page, "across-link-cards");
        List<WebElement> cards = browser.findElements(By.cssSelector(".forum-link-card"));
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).getText()).contains("Budget proposal", "£1,234");
        cards.get(1).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlContains("/directory/" + ward.slug + "/organization.xhtml"));
    }
}
