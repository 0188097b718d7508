package org.oursociety.core.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oursociety.core.account.application.ProfileService;
import org.oursociety.portal.api.internal.security.Authenticated;
import org.oursociety.portal.api.internal.security.Credential;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.internal.security.SessionCookie;
import org.oursociety.portal.api.internal.security.SessionTokens;

/**
 * Re-signs the current session's cookie when facts in it change (a confirmed address, a new name or
 * address), so that this browser sees them in every WAR at once. Only cookie sessions: a bearer token
 * belongs to its client, which signs in again to get a new one. Other sessions of the same user pick
 * up a confirmation at their next refresh ({@code AccountConfirmations}).
 */
@RequestScoped
public class SessionRefresh {

    @Inject
    CurrentUser currentUser;

    @Inject
    SessionTokens tokens;

    /** After a confirmation link was followed in a browser signed in as that user. */
    public void confirmed(HttpServletRequest request, HttpServletResponse response, UUID userId) {
        currentCookieUser().filter(u -> u.id().equals(userId) && !u.confirmed())
                .ifPresent(u -> write(request, response, u.asConfirmed()));
    }

    /** After the profile changed. */
    public void reissueIfCookie(HttpServletRequest request, HttpServletResponse response, ProfileService.Profile profile) {
        currentCookieUser().ifPresent(u -> write(request, response,
                new PortalUser(u.id(), profile.email(), profile.displayName(), u.roles(), u.sessionId(), u.csrfToken(),
                        u.authenticatedAt(), u.issuedAt(), u.expiresAt(), profile.confirmed())));
    }

    private java.util.Optional<PortalUser> currentCookieUser() {
        return currentUser.authenticated().filter(a -> a.source() == Credential.Source.COOKIE).map(Authenticated::user);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, PortalUser user) {
        SessionCookie.write(request, response, tokens.reissue(user).token());
    }
}
