package org.oursociety.core.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.web.PageRefusals;
import org.oursociety.core.account.application.PasswordResetService;
import org.oursociety.core.account.domain.AccountToken;

/**
 * {@code /reset.xhtml?token=...}: the link in the reset mail. Opening it spends nothing (mail scanners
 * open links too); setting the password does.
 */
@Named
@ViewScoped
public class ResetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResetService resets;

    private String token;
    private String password;
    private AccountToken.State state;
    private boolean done;

    public void check() {
        state = resets.state(token);
    }

    public void reset() {
        try {
            state = resets.complete(token, password);
            done = state == AccountToken.State.VALID;
        } catch (Refusal refused) {
            PageRefusals.show("reset", refused);
        } finally {
            password = null;
        }
    }

    public String getState() {
        return state == null ? "USED" : state.name();
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
