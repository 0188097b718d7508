package org.oursociety.core.residence.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The strings of the residence pages and API: {@code org/oursociety/core/residence/Residence.properties}. */
public final class ResidenceMessages {

    public static final String BUNDLE = "org.oursociety.core.residence.Residence";

    private final ResourceBundle bundle;

    private ResidenceMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Never the server's default locale: the base bundle (English) when there is no translation. */
    public static ResidenceMessages in(Locale locale) {
        return new ResidenceMessages(ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                ResidenceMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
