package org.oursociety.core.account.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.web.PageRefusals;
import org.oursociety.core.account.application.RegistrationService;

/**
 * {@code /confirm.xhtml?token=...}, the link in the confirmation mail: confirms on opening, or says the
 * link expired or was used and offers a new one.
 */
@Named
@ViewScoped
public class ConfirmView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registration;

    @Inject
    SessionRefresh sessions;

    private String token;
    private RegistrationService.Confirmation outcome;
    private String email;
    private boolean resent;

    /** The view action: follows the link once, when the page opens. */
    public void confirm() {
        RegistrationService.Confirmed confirmed = registration.confirm(token);
        outcome = confirmed.outcome();
        if (outcome == RegistrationService.Confirmation.CONFIRMED) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            sessions.confirmed((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                    confirmed.userId());
        }
    }

    public void resend() {
        try {
            registration.resendConfirmation(email);
            resent = true;
        } catch (Refusal refused) {
            PageRefusals.show("resend", refused);
        }
    }

    public String getOutcome() {
        return outcome == null ? "UNKNOWN" : outcome.name();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isResent() {
        return resent;
    }
}
