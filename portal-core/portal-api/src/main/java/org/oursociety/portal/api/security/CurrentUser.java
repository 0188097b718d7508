package org.oursociety.portal.api.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.oursociety.portal.api.internal.security.Authenticated;

/** The caller of the current request, for pages ({@code #{currentUser}}) and services. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public Optional<PortalUser> user() {
        return authenticated().map(Authenticated::user);
    }

    public Optional<Authenticated> authenticated() {
        return Optional.ofNullable((Authenticated) request.getAttribute(Authenticated.ATTRIBUTE));
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public String getDisplayName() {
        return user().map(PortalUser::displayName).orElse("");
    }

    /** Echoed by sign-out forms on every WAR, so a foreign site cannot sign the user out. */
    public String getCsrfToken() {
        return user().map(PortalUser::csrfToken).orElse("");
    }

    public boolean hasRole(String role) {
        return user().map(u -> u.hasRole(role)).orElse(false);
    }
}
