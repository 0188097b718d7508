package org.oursociety.portal.api.internal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.Optional;
import org.oursociety.portal.api.internal.security.AccountConfirmations;
import org.oursociety.portal.api.internal.security.Authenticated;
import org.oursociety.portal.api.internal.security.Credential;
import org.oursociety.portal.api.internal.security.RevocationList;
import org.oursociety.portal.api.internal.security.SessionCookie;
import org.oursociety.portal.api.internal.security.SessionTokens;
import org.oursociety.portal.api.security.PortalUser;

/**
 * The sign-in check of every WAR: verifies the session token locally (no call to the core) and
 * tells the container who the caller is. A missing or bad token leaves the request anonymous;
 * pages and APIs decide for themselves whether they need a user.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    SessionTokens tokens;

    @Inject
    RevocationList revocations;

    @Inject
    AccountConfirmations confirmations;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Optional<Credential> credential = Credential.from(request);
        if (credential.isEmpty()) {
            return context.doNothing();
        }
        Credential presented = credential.get();
        Optional<PortalUser> user = tokens.verify(presented.token())
                .filter(u -> !revocations.isRevoked(u.sessionId()));
        if (user.isEmpty()) {
            if (presented.source() == Credential.Source.COOKIE) {
                SessionCookie.clear(request, response);
            }
            return context.doNothing();
        }
        PortalUser current = user.get();
        if (presented.source() == Credential.Source.COOKIE) {
            current = refresh(request, response, current);
        }
        request.setAttribute(Authenticated.ATTRIBUTE, new Authenticated(current, presented.source()));
        return context.notifyContainerAboutLogin(new CallerPrincipal(current.id().toString()),
                new HashSet<>(current.roles()));
    }

    private PortalUser refresh(HttpServletRequest request, HttpServletResponse response, PortalUser user) {
        try {
            PortalUser current = user;
            if (!user.confirmed() && tokens.dueForRefresh(user) && confirmations.isConfirmed(user.id())) {
                current = user.asConfirmed();
            }
            return tokens.refresh(current).map(issued -> {
                SessionCookie.write(request, response, issued.token());
                return issued.user();
            }).orElse(user);
        } catch (IllegalStateException e) {
            return user; // the signing key is unreadable just now; the current token is still good
        }
    }
}
