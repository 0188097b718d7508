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
    /** nbvcxz's advice ({@code feedback.*} keys) in our words and languages. */
    static final String ADVICE_BUNDLE = "org.oursociety.core.account.PasswordAdvice";
    /** Joins several keys into one message key: their sentences are shown one after another. */
    private static final String JOIN = "+";

    private final ResourceBundle bundle;
    private final ResourceBundle advice;

    private AccountMessages(ResourceBundle bundle, ResourceBundle advice) {
        this.bundle = bundle;
        this.advice = advice;
    }

    public static AccountMessages in(Locale locale) {
        Locale chosen = locale == null ? Locale.ENGLISH : locale;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ClassLoader loader = AccountMessages.class.getClassLoader();
        return new AccountMessages(ResourceBundle.getBundle(BUNDLE, chosen, loader, control),
                ResourceBundle.getBundle(ADVICE_BUNDLE, chosen, loader, control));
    }

    /** One message key standing for several sentences (a refusal and its advice), for field errors that hold one key. */
    static String joined(String first, java.util.List<String> more) {
        StringBuilder key = new StringBuilder(first);
        more.forEach(k -> key.append(JOIN).append(k));
        return key.toString();
    }

    public static AccountMessages in(String languageTag) {
        return in(languageTag == null ? Locale.ENGLISH : Locale.forLanguageTag(languageTag));
    }

    public String get(String key, Object... arguments) {
        if (key.contains(JOIN)) {
            StringBuilder text = new StringBuilder();
            for (String part : key.split(java.util.regex.Pattern.quote(JOIN))) {
                String sentence = part.startsWith("feedback.") ? advice(part) : bundle.getString(part);
                if (sentence != null) {
                    text.append(text.isEmpty() ? "" : " ").append(sentence);
                }
            }
            return text.toString();
        }
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** Advice nbvcxz gives that our bundle lacks (a newer version's) is left out rather than shown as a key. */
    private String advice(String key) {
        return advice.containsKey(key) ? advice.getString(key) : null;
    }

    /** The messages of an {@link InvalidInput}, field by field. */
    public Map<String, String> messages(InvalidInput invalid) {
        Map<String, String> messages = new LinkedHashMap<>();
        invalid.fieldKeys().forEach((field, key) -> messages.put(field, get(key)));
        return messages;
    }
}
