package org.oursociety.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oursociety.core.mail.application.MailSettings;
import org.oursociety.portal.api.brand.Brand;

class StartupWarningsTest {

    private static Brand.Settings brand(String colour, String button) {
        return new Brand.Settings("Cyngor Sir Demo", null, null, colour, button, null, null, null, null, null);
    }

    private static MailSettings mail(String host, String baseUrl) {
        return new MailSettings(host, 587, null, null, true, MailSettings.DEFAULT_FROM, baseUrl);
    }

    @Test
    void aPaleBrandColourIsReportedWithItsContrastAndReplaced() {
        assertThat(StartupWarnings.warnings(brand("#ffcc00", null), MailSettings.unconfigured("http://localhost:8080")))
                .singleElement().asString()
                .contains("PORTAL_BRAND_COLOUR #ffcc00", "1.", "4.5:1", "#0b5394");
        assertThat(new Brand(brand("#ffcc00", "#00703c")).getColour()).isEqualTo(Brand.DEFAULT_COLOUR);
    }

    @Test
    void aDarkEnoughColourIsUsedWithoutAWord() {
        assertThat(StartupWarnings.warnings(brand("#1d4f2a", "#702082"), MailSettings.unconfigured("http://localhost:8080"))).isEmpty();
        assertThat(new Brand(brand("#1d4f2a", "#702082")).getColour()).isEqualTo("#1d4f2a");
        assertThat(new Brand(brand("#1d4f2a", "#702082")).getButtonColour()).isEqualTo("#702082");
    }

    @Test
    void somethingThatIsNotAColourIsReported() {
        assertThat(StartupWarnings.warnings(brand(null, "council-green"), MailSettings.unconfigured("http://localhost:8080")))
                .singleElement().asString().contains("PORTAL_BRAND_BUTTON_COLOUR", "council-green", "#00703c");
    }

    @Test
    void localhostLinksInRealMailAreReported() {
        assertThat(StartupWarnings.warnings(brand(null, null), mail("smtp.council.example", "http://localhost:8080")))
                .singleElement().asString().contains("PORTAL_BASE_URL is http://localhost:8080", "smtp.council.example");
        assertThat(StartupWarnings.warnings(brand(null, null), mail("smtp.council.example", "https://portal.council.example"))).isEmpty();
        assertThat(StartupWarnings.warnings(brand(null, null), MailSettings.unconfigured("http://127.0.0.1:8080")))
                .as("no mail sent, nothing to warn about").isEmpty();
    }
}
