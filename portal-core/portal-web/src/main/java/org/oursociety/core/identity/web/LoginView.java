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
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.oursociety.core.identity.application.SignInService;
import org.oursociety.portal.api.security.SessionCookie;

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
        var issued = signIn.signIn(email, password);
        if (issued.isEmpty()) {
            ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("login.failed"), null));
            password = null;
            return;
        }
        ExternalContext external = faces.getExternalContext();
        SessionCookie.write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                issued.get().token());
        external.redirect(safeNext());
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
