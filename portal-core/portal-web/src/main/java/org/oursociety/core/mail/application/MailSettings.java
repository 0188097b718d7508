package org.oursociety.core.mail.application;

import java.net.URI;
import java.net.URISyntaxException;
import org.eclipse.microprofile.config.Config;

/**
 * Where mail goes and what links in it point at, from MicroProfile Config ({@code portal.smtp.host}
 * and friends, which MicroProfile Config also reads from the environment as {@code PORTAL_SMTP_HOST}
 * etc.). Without a host the portal sends nothing: mails stay in the outbox, where platform admins can
 * read them, and their links are logged, which is all a developer on a laptop needs.
 *
 * @param host     the SMTP server, {@code null} when mail is not configured
 * @param port     587 unless set (submission with STARTTLS); 465 with TLS means implicit TLS (SMTPS)
 * @param user     {@code null} for a server that needs no authentication
 * @param password never logged; {@link #toString()} leaves it out
 * @param tls      {@code true} (the default) requires TLS: STARTTLS, or SMTPS on port 465
 * @param from     the From header, e.g. {@code Our Society <no-reply@council.example>}
 * @param baseUrl  the portal's public address, without a trailing slash, for absolute links in mails
 */
public record MailSettings(String host, int port, String user, String password, boolean tls, String from,
                           String baseUrl) {

    public static final int DEFAULT_PORT = 587;
    public static final String DEFAULT_FROM = "Our Society <no-reply@localhost>";
    public static final String DEFAULT_BASE_URL = "http://localhost:8080";

    public MailSettings {
        host = blankToNull(host);
        user = blankToNull(user);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("portal.smtp.port must be a TCP port, not " + port);
        }
        from = blankToNull(from) == null ? DEFAULT_FROM : from.strip();
        baseUrl = checkedBaseUrl(blankToNull(baseUrl) == null ? DEFAULT_BASE_URL : baseUrl.strip());
    }

    /** The settings as the portal is configured. */
    public static MailSettings from(Config config) {
        return new MailSettings(
                config.getOptionalValue("portal.smtp.host", String.class).orElse(null),
                config.getOptionalValue("portal.smtp.port", Integer.class).orElse(DEFAULT_PORT),
                config.getOptionalValue("portal.smtp.user", String.class).orElse(null),
                config.getOptionalValue("portal.smtp.password", String.class).orElse(null),
                config.getOptionalValue("portal.smtp.tls", Boolean.class).orElse(true),
                config.getOptionalValue("portal.mail.from", String.class).orElse(DEFAULT_FROM),
                config.getOptionalValue("portal.base-url", String.class).orElse(DEFAULT_BASE_URL));
    }

    /** Settings for a portal without SMTP (the embedded default): everything stays in the outbox. */
    public static MailSettings unconfigured(String baseUrl) {
        return new MailSettings(null, DEFAULT_PORT, null, null, true, DEFAULT_FROM, baseUrl);
    }

    /** Whether mails are sent at all. */
    public boolean configured() {
        return host != null;
    }

    /** Whether the server wants a user name and password. */
    public boolean authenticates() {
        return user != null;
    }

    /** TLS from the first byte (port 465) rather than upgraded with STARTTLS. */
    public boolean implicitTls() {
        return tls && port == 465;
    }

    /**
     * An absolute link to a path on this portal, e.g. {@code link("/confirm?token=abc")}. Only paths:
     * mails must never carry a link to another site built from user input.
     */
    public String link(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new IllegalArgumentException("A link is built from an absolute path on this portal, not " + path);
        }
        return baseUrl + path;
    }

    /** Everything but the password, which must never reach a log. */
    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", user=" + user
                + (password == null || password.isEmpty() ? ", no password" : ", password set")
                + ", tls=" + tls + ", from=" + from + ", baseUrl=" + baseUrl + "]";
    }

    private static String checkedBaseUrl(String value) {
        String url = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("portal.base-url must be an http(s) address like https://portal.example.org, not " + value);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("portal.base-url is not an address: " + value, e);
        }
        return url;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
