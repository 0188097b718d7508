package org.oursociety.core.account.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

/**
 * The strings of the account pages, mails and API messages: {@code org/oursociety/core/account/Account.properties}
 * (English, the base) and its translations. Never the server's default locale: a server set to German must not
 * answer a Welsh reader in German.
 */
public final class AccountMessages {

    public static final String BUNDLE = "org.oursociety.core.account.Account";
    /** nbvcxz's advice ({@code feedback.*} keys) in our words and languages. */
    static final String ADVICE_BUNDLE = "org.oursociety.core.account.PasswordAdvice";

    private final ResourceBundle bundle;

    private AccountMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static AccountMessages in(Locale locale) {
        Locale chosen = locale == null ? Locale.ENGLISH : locale;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ClassLoader loader = AccountMessages.class.getClassLoader();
        return new AccountMessages(ResourceBundle.getBundle(BUNDLE, chosen, loader, control));
    }

    public static AccountMessages in(String languageTag) {
        return in(languageTag == null ? Locale.ENGLISH : Locale.forLanguageTag(languageTag));
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** A sentence of this bundle, said in the reader's language when shown (refusals, field messages). */
    public static Message message(String key, Object... arguments) {
        return new Message(BUNDLE, key, arguments);
    }

    /** 400 with the account pages' own sentence for the form and one message per field. */
    public static Refusal invalid(Map<String, Message> fields) {
        return Refusal.invalid(message("error.invalid"), fields);
    }

    /**
     * A refusal followed by nbvcxz's advice ({@code feedback.*} keys, in our words and languages), one
     * message. Advice our bundle lacks (a newer nbvcxz's) is left out rather than shown as a key.
     */
    static Message withAdvice(String key, List<String> adviceKeys) {
        ResourceBundle known = ResourceBundle.getBundle(ADVICE_BUNDLE, Locale.ENGLISH, AccountMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<Message> advice = adviceKeys.stream().filter(known::containsKey)
                .map(k -> new Message(ADVICE_BUNDLE, k)).toList();
        Message said = null;
        for (int i = advice.size() - 1; i >= 0; i--) {
            said = said == null ? advice.get(i) : message("sentences", advice.get(i), said);
        }
        return said == null ? message(key) : message("sentences", message(key), said);
    }
}
