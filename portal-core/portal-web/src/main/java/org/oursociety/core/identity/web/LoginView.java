package org.oursociety.core.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.oursociety.core.identity.application.SignInService;
import org.oursociety.core.identity.domain.ThrottleRules;
import org.oursociety.portal.api.internal.security.SessionCookie;
import org.oursociety.portal.api.internal.security.SessionTokens;
import org.oursociety.portal.api.rest.Refusal;

/** The sign-in page. */
@Named
@RequestScoped
public class LoginView {

    /** Only paths on this portal, never another site ({@code //evil.example}). */
    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[^\\s]*$");

    @Inject
    SignInService signIn;

    private String email;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<SessionTokens.Issued> issued;
        try {
            issued = signIn.signIn(email, password);
        } catch (Refusal e) {
            // In the admin bundle (adminMsg), with the other strings of throttling and administration.
            ResourceBundle adminMsg = faces.getApplication().getResourceBundle(faces, "adminMsg");
            refuse(faces, MessageFormat.format(adminMsg.getString("login.throttled"), minutes(e.retryAfter().orElse(Duration.ZERO))));
            return;
        }
        if (issued.isEmpty()) {
            ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
            refuse(faces, msg.getString("login.failed"));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        SessionCookie.write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                issued.get().token());
        external.redirect(safeNext());
    }

    private void refuse(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        password = null;
    }

    static long minutes(Duration retryAfter) {
        return Math.max(1, (ThrottleRules.retryAfterSeconds(retryAfter) + 59) / 60);
    }

    String safeNext() {
        return next != null && LOCAL_PATH.matcher(next).matches() ? next : "/";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
