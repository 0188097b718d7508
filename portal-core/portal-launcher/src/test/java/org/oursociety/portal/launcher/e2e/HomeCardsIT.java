package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The area home page asks each module for its card at {@code <module>/api/areas/{area}/card?lang=}: that
 * address must answer the card (or 204 when the module has none), never the language switch's redirect.
 */
@ExtendWith(SharedPortal.class)
class HomeCardsIT {

    private final Http http;

    HomeCardsIT(RunningPortal portal) {
        this.http = new Http(portal);
    }

    @Test
    void aModulesCardAddressAnswersInEitherLanguage() throws Exception {
        for (String module : new String[]{"forum", "budget", "directory"}) {
            for (String lang : new String[]{"en", "cy"}) {
                HttpResponse<String> card = http.get("/" + module + "/api/areas/demo-borough/card?lang=" + lang);
                assertThat(card.statusCode()).as(module + " " + lang + ": " + card.body()).isIn(200, 204);
                assertThat(card.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("portal_lang");
            }
        }
    }

    @Test
    void thePagesLanguageSwitchRemembersTheChoiceAndComesBack() throws Exception {
        HttpResponse<String> switched = http.get("/login.xhtml?next=/forum/&lang=cy");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValue("/login.xhtml?next=/forum/");
        assertThat(switched.headers().firstValue("Set-Cookie").orElse("")).contains("portal_lang=cy", "Path=/", "HttpOnly");
    }

    @Test
    void theHomePageShowsTheModulesOfTheAreaAndNoErrorWhenTheyHaveNoCards() throws Exception {
        HttpResponse<String> home = http.get("/?area=riverside");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("What is happening in Riverside", "href=\"/forum/riverside/\"");
    }
}
