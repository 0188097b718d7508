package org.oursociety.core.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.web.PageRefusals;
import org.oursociety.core.account.application.PasswordResetService;

/** {@code /forgot.xhtml}: asks for a reset link; the answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotView {

    @Inject
    PasswordResetService resets;

    private String email;
    private boolean sent;

    public void send() {
        try {
            resets.request(email);
            sent = true;
        } catch (Refusal refused) {
            PageRefusals.show("forgot", refused);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
