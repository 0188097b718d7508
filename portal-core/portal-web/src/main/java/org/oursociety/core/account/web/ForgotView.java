package org.oursociety.core.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.oursociety.core.account.application.InvalidInput;
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
        } catch (InvalidInput invalid) {
            PageMessages.show("forgot", invalid, Map.of());
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
