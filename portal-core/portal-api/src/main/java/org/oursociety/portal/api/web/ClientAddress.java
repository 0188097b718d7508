package org.oursociety.portal.api.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for sign-in throttling and the audit log.
 *
 * <p>By default the servlet's remote address: the only one a client cannot forge. Behind reverse
 * proxies set {@code PORTAL_TRUSTED_PROXIES} to how many there are; each appends the address it saw to
 * {@code X-Forwarded-For}, so the client is that many entries from the right (the remote address
 * counting as the last). Entries further left are the client's own claim and are never used.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "portal.trusted-proxies", defaultValue = "0")
    int trustedProxies;

    /** The current request's client address; empty outside a request (timers, start-up). */
    public Optional<String> current() {
        try {
            return Optional.ofNullable(resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
                    trustedProxies));
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return Optional.empty();
        }
    }

    /**
     * @param remoteAddress  the peer of the TCP connection
     * @param forwardedFor   the {@code X-Forwarded-For} header, or {@code null}
     * @param trustedProxies how many proxies stand in front of the portal (0: trust no header)
     */
    public static String resolve(String remoteAddress, String forwardedFor, int trustedProxies) {
        if (trustedProxies <= 0 || forwardedFor == null || forwardedFor.isBlank()) {
            return clean(remoteAddress);
        }
        String[] hops = forwardedFor.split(",");
        // remoteAddress is the nearest proxy; the client is (trustedProxies - 1) entries into the header from its end.
        int index = hops.length - trustedProxies;
        if (index < 0) {
            // Fewer entries than proxies: the request skipped a proxy; the leftmost entry is still one a proxy wrote.
            index = 0;
        }
        String client = clean(hops[index]);
        return client == null ? clean(remoteAddress) : client;
    }

    private static String clean(String address) {
        if (address == null) {
            return null;
        }
        String trimmed = address.strip();
        return trimmed.isEmpty() || trimmed.length() > 100 ? null : trimmed;
    }
}
