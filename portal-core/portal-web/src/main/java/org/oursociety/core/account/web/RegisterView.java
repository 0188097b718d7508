package org.oursociety.core.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.web.PageRefusals;
import org.oursociety.core.account.application.RegistrationService;

/**
 * {@code /register.xhtml}. After a registration the page says "check your email" whatever happened, so
 * it does not reveal whether the address had an account; it offers to send the link again.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registration;

    private String email;
    private String displayName;
    private String password;
    private boolean done;
    private boolean resent;

    public void register() {
        try {
            registration.register(email, displayName, password,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
            done = true;
        } catch (Refusal refused) {
            PageRefusals.show("register", refused);
        } finally {
            password = null;
        }
    }

    public void resend() {
        try {
            registration.resendConfirmation(email);
            resent = true;
        } catch (Refusal refused) {
            PageRefusals.show("register", refused, Map.of("email", "resendEmail"));
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isResent() {
        return resent;
    }
}
