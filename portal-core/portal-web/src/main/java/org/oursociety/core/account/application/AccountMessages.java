package org.oursociety.core.account.application;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The strings of the account pages, mails and API messages: {@code org/oursociety/core/account/Account.properties}
 * (English, the base) and its translations. Never the server's default locale: a server set to German must not
 * answer a Welsh reader in German.
 */
public final class AccountMessages {

    public static final String BUNDLE = "org.oursociety.core.account.Account";

    private final ResourceBundle bundle;

    private AccountMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static AccountMessages in(Locale locale) {
        return new AccountMessages(ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                AccountMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public static AccountMessages in(String languageTag) {
        return in(languageTag == null ? Locale.ENGLISH : Locale.forLanguageTag(languageTag));
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** The messages of an {@link InvalidInput}, field by field. */
    public Map<String, String> messages(InvalidInput invalid) {
        Map<String, String> messages = new LinkedHashMap<>();
        invalid.fieldKeys().forEach((field, key) -> messages.put(field, get(key)));
        return messages;
    }
}
