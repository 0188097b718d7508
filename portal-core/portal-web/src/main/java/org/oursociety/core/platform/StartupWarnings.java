package org.oursociety.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.oursociety.core.mail.application.MailSettings;
import org.oursociety.portal.api.brand.Brand;
import org.oursociety.portal.api.brand.Contrast;

/**
 * Settings that work but will surprise someone, said once in the log when the core starts: brand
 * colours that fail WCAG AA contrast (the defaults are used instead), and a {@code PORTAL_BASE_URL}
 * still on localhost while mail is really sent (every link in every mail would lead nowhere).
 */
@ApplicationScoped
public class StartupWarnings {

    private static final Logger LOG = Logger.getLogger(StartupWarnings.class.getName());

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        MailSettings mail;
        try {
            mail = MailSettings.from(ConfigProvider.getConfig());
        } catch (IllegalArgumentException e) {
            return; // the mail worker reports bad mail settings itself
        }
        for (String warning : warnings(new Brand().settings(), mail)) {
            LOG.warning(warning);
        }
    }

    /** The warnings for these settings; empty when all is well. */
    static List<String> warnings(Brand.Settings brand, MailSettings mail) {
        List<String> warnings = new ArrayList<>();
        colour(warnings, "PORTAL_BRAND_COLOUR", brand.colour(), Brand.DEFAULT_COLOUR, "the header's");
        colour(warnings, "PORTAL_BRAND_BUTTON_COLOUR", brand.buttonColour(), Brand.DEFAULT_BUTTON_COLOUR, "buttons'");
        if (mail.configured() && isLocal(mail.baseUrl())) {
            warnings.add("PORTAL_BASE_URL is " + mail.baseUrl() + " but mail is sent through " + mail.host()
                    + ": the links in every mail (confirm your address, reset your password) will not work for residents."
                    + " Set PORTAL_BASE_URL to the portal's public address, such as https://portal.example.gov.uk.");
        }
        return warnings;
    }

    private static void colour(List<String> warnings, String variable, String value, String fallback, String whose) {
        if (value == null) {
            return;
        }
        var rgb = Contrast.parse(value);
        if (rgb.isEmpty()) {
            warnings.add(variable + " is \"" + value + "\", which is not a colour like #0b5394; " + whose
                    + " colour stays " + fallback + ".");
            return;
        }
        double ratio = Contrast.ratio(rgb.get(), Contrast.WHITE);
        if (ratio < Contrast.AA_TEXT) {
            warnings.add(String.format(Locale.ROOT, "%s %s gives white text a contrast of %.2f:1, and WCAG 2.2 AA needs 4.5:1;"
                    + " %s colour stays %s. Choose a darker shade.", variable, value, ratio, whose, fallback));
        }
    }

    static boolean isLocal(String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1")
                    || host.endsWith(".localhost");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
