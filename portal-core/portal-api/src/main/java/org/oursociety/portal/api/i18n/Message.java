package org.oursociety.portal.api.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence to show someone, named by a bundle and key rather than written out, so that it is said in
 * the reader's language when it is shown: {@code new Message("org.oursociety.forum.Messages",
 * "topic.locked")}. Arguments fill {@code {0}}, {@code {1}}... as in {@link MessageFormat}; an argument
 * that is itself a {@code Message} is said in the same language first, so a sentence can be built from
 * sentences of other bundles (a refusal followed by advice).
 *
 * @param bundle the resource bundle's base name, found by the calling WAR's class loader
 */
public record Message(String bundle, String key, Object... args) {

    /** The sentence in {@code locale}; the key itself if the bundle lacks it (a test catches that). */
    public String in(Locale locale) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            ResourceBundle messages = ResourceBundle.getBundle(bundle, locale,
                    loader == null ? Message.class.getClassLoader() : loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = messages.getString(key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] said = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                said[i] = args[i] instanceof Message inner ? inner.in(locale) : args[i];
            }
            return new MessageFormat(pattern, locale).format(said);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
