package org.oursociety.core.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.ResourceBundle;
import org.oursociety.core.mail.domain.MailContent;

/**
 * The portal's one mail layout: a greeting, a paragraph, a button with a link into the portal, the
 * same link written out for clients that show no buttons, and a signature. Registration, password
 * reset and the like supply the words; the frame comes from {@code org/oursociety/core/mail/Mail.properties}.
 *
 * <pre>{@code
 * MailContent content = templates.render(locale, "Confirm your email address", "Hello Amira,",
 *         "Please confirm your address to finish signing up.", "Confirm my address", "/confirm?token=" + token);
 * outbox.enqueue(email, content, "registration");
 * }</pre>
 */
@ApplicationScoped
public class MailTemplates {

    public static final String BUNDLE = "org.oursociety.core.mail.Mail";

    private final MailSettings settings;

    /** For the CDI proxy only. */
    protected MailTemplates() {
        this.settings = null;
    }

    @Inject
    public MailTemplates(MailSettings settings) {
        this.settings = settings;
    }

    /**
     * The mail in plain text and HTML. Every argument may hold user text (a display name in the
     * greeting, say): the HTML part escapes it all. {@code path} is a path on this portal, with its
     * query, and becomes an absolute link from {@code portal.base-url}.
     */
    public MailContent render(Locale locale, String subject, String greeting, String paragraph, String linkLabel,
                              String path) {
        String link = settings.link(path);
        ResourceBundle bundle = bundle(locale);
        String fallback = bundle.getString("mail.linkFallback");
        String signature = bundle.getString("mail.signature");
        String footer = bundle.getString("mail.footer");

        String text = greeting + "\n\n"
                + paragraph + "\n\n"
                + linkLabel + ":\n"
                + link + "\n\n"
                // "-- " (with the space) is the signature separator that mail clients recognise.
                + "-- \n"
                + signature + "\n"
                + footer + "\n";

        // Inline styles, unlike the portal's pages: many mail clients drop <style> and every style sheet.
        String html = "<!DOCTYPE html>\n"
                + "<html lang=\"" + escape(language(bundle)) + "\">\n"
                + "<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(subject) + "</title></head>\n"
                + "<body style=\"margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;"
                + "line-height:1.5;color:#1a1a1a;background:#ffffff\">\n"
                + "<p>" + escape(greeting) + "</p>\n"
                + paragraphs(paragraph)
                + "<p><a href=\"" + escape(link) + "\" style=\"display:inline-block;padding:12px 20px;"
                + "background:#0b5394;color:#ffffff;text-decoration:none;border-radius:4px\">" + escape(linkLabel) + "</a></p>\n"
                + "<p style=\"font-size:14px;color:#4a4a4a\">" + escape(fallback) + "<br>"
                + "<a href=\"" + escape(link) + "\" style=\"color:#0b5394;word-break:break-all\">" + escape(link) + "</a></p>\n"
                + "<hr style=\"border:none;border-top:1px solid #dddddd\">\n"
                + "<p style=\"font-size:14px;color:#4a4a4a\">" + escape(signature) + "<br>" + escape(footer) + "</p>\n"
                + "</body>\n</html>\n";
        return new MailContent(subject, text, html);
    }

    /** An absolute link to a path on this portal, for callers that build their own mail. */
    public String link(String path) {
        return settings.link(path);
    }

    /**
     * The bundle for the locale, else the English base bundle, never the server's default locale: a
     * council server set to German must not send German frames around English words.
     */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                MailTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The base bundle is English. */
    private static String language(ResourceBundle bundle) {
        Locale found = bundle.getLocale();
        return found == null || found.getLanguage().isEmpty() ? "en" : found.toLanguageTag();
    }

    /** Blank lines separate paragraphs; a single line break stays a line break. */
    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>\n");
        }
        return html.toString();
    }

    /** For element text and quoted attribute values alike. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
