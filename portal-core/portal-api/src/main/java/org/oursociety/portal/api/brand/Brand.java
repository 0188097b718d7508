package org.oursociety.portal.api.brand;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The council's brand ({@code #{portalBrand}}), set by configuration: MicroProfile keys
 * {@code portal.brand.*}, i.e. environment variables {@code PORTAL_BRAND_*}. Every WAR reads the
 * same settings, so the core and the modules look alike. Colours that would fail WCAG AA contrast
 * are replaced by the defaults (and logged once at start-up by {@link BrandCheck}).
 *
 * <pre>
 * PORTAL_BRAND_NAME            the council's name in the header and page titles (default "Our Society")
 * PORTAL_BRAND_NAME_CY         the same in Welsh (default: the English name)
 * PORTAL_BRAND_LOGO_URL        an image (SVG or PNG) shown before the name; absolute path or https URL
 * PORTAL_BRAND_COLOUR          header background, #rrggbb, white text on it (default #0b5394)
 * PORTAL_BRAND_BUTTON_COLOUR   primary buttons, #rrggbb, white text on it (default #00703c)
 * PORTAL_BRAND_FOOTER_LINKS    extra footer links: "Label|https://...;Label|/path"
 * PORTAL_BRAND_CONTACT_EMAIL, PORTAL_BRAND_CONTACT_PHONE, PORTAL_BRAND_CONTACT_ADDRESS   the contact page
 * PORTAL_BRAND_CONTACT_URL     the council's own contact page, if any
 * </pre>
 */
@Named("portalBrand")
@ApplicationScoped
public class Brand {

    public static final String DEFAULT_NAME = "Our Society";
    public static final String DEFAULT_COLOUR = "#0b5394";
    public static final String DEFAULT_BUTTON_COLOUR = "#00703c";

    /** A footer link set by the council. */
    public record Link(String label, String href) {
    }

    private final Settings settings;

    public Brand() {
        this(Settings.from(ConfigProvider.getConfig()));
    }

    public Brand(Settings settings) {
        this.settings = settings;
    }

    /** The settings as read, before any fallback, for the start-up check and tests. */
    public record Settings(String name, String nameCy, String logoUrl, String colour, String buttonColour,
                           String footerLinks, String contactEmail, String contactPhone, String contactAddress,
                           String contactUrl) {

        static Settings from(Config config) {
            return new Settings(get(config, "name"), get(config, "name-cy"), get(config, "logo-url"),
                    get(config, "colour"), get(config, "button-colour"), get(config, "footer-links"),
                    get(config, "contact-email"), get(config, "contact-phone"), get(config, "contact-address"),
                    get(config, "contact-url"));
        }

        private static String get(Config config, String key) {
            Optional<String> value = config.getOptionalValue("portal.brand." + key, String.class);
            return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
        }
    }

    public String getName() {
        return settings.name() == null ? DEFAULT_NAME : settings.name();
    }

    /** The name in the page's language. */
    public String name(Locale language) {
        if (language != null && "cy".equals(language.getLanguage()) && settings.nameCy() != null) {
            return settings.nameCy();
        }
        return getName();
    }

    public String getLogoUrl() {
        String logo = settings.logoUrl();
        return logo != null && (logo.startsWith("/") || logo.startsWith("https://")) ? logo : null;
    }

    /** The header's colour: the configured one if white text on it meets AA, else the default. */
    public String getColour() {
        return usable(settings.colour(), DEFAULT_COLOUR);
    }

    public String getButtonColour() {
        return usable(settings.buttonColour(), DEFAULT_BUTTON_COLOUR);
    }

    /** A darker shade of the button colour for hover and its shadow. */
    public String getButtonHover() {
        return Contrast.darker(getButtonColour(), 0.8);
    }

    public String getButtonShadow() {
        return Contrast.darker(getButtonColour(), 0.4);
    }

    /** True when the configured colours differ from the defaults (the layout then sets them). */
    public boolean isCustomColours() {
        return !DEFAULT_COLOUR.equals(getColour()) || !DEFAULT_BUTTON_COLOUR.equals(getButtonColour());
    }

    public List<Link> getFooterLinks() {
        List<Link> links = new ArrayList<>();
        if (settings.footerLinks() == null) {
            return links;
        }
        for (String entry : settings.footerLinks().split(";")) {
            int bar = entry.indexOf('|');
            if (bar > 0) {
                String label = entry.substring(0, bar).strip();
                String href = entry.substring(bar + 1).strip();
                if (!label.isEmpty() && (href.startsWith("/") || href.startsWith("https://") || href.startsWith("http://"))) {
                    links.add(new Link(label, href));
                }
            }
        }
        return links;
    }

    public String getContactEmail() {
        return settings.contactEmail();
    }

    public String getContactPhone() {
        return settings.contactPhone();
    }

    public String getContactAddress() {
        return settings.contactAddress();
    }

    public String getContactUrl() {
        String url = settings.contactUrl();
        return url != null && (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/")) ? url : null;
    }

    public Settings settings() {
        return settings;
    }

    private static String usable(String configured, String fallback) {
        if (configured == null) {
            return fallback;
        }
        return Contrast.parse(configured)
                .filter(rgb -> Contrast.ratio(rgb, Contrast.WHITE) >= Contrast.AA_TEXT)
                .map(Contrast::hex)
                .orElse(fallback);
    }
}
