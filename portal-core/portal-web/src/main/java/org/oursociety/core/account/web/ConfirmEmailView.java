package org.oursociety.core.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oursociety.core.account.application.ProfileService;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /confirm-email.xhtml?token=...}: the link sent to a new address; following it makes the change. */
@Named
@RequestScoped
public class ConfirmEmailView {

    @Inject
    ProfileService profiles;

    @Inject
    SessionRefresh sessions;

    @Inject
    CurrentUser currentUser;

    private String token;
    private ProfileService.EmailChange outcome;

    public void confirm() {
        ProfileService.EmailChanged changed = profiles.confirmEmailChange(token);
        outcome = changed.outcome();
        if (outcome == ProfileService.EmailChange.CHANGED
                && currentUser.user().map(u -> u.id().equals(changed.userId())).orElse(false)) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            sessions.reissueIfCookie((HttpServletRequest) external.getRequest(),
                    (HttpServletResponse) external.getResponse(), profiles.profile(changed.userId()));
        }
    }

    public String getOutcome() {
        return outcome == null ? "USED" : outcome.name();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
