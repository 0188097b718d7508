package org.oursociety.core.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import org.oursociety.core.privacy.application.PrivacyService;
import org.oursociety.core.privacy.domain.Erasure;
import org.oursociety.portal.api.internal.security.SessionCookie;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/** {@code /account/privacy.xhtml}: download my data, delete my account. Signed-in residents only. */
@Named
@RequestScoped
public class PrivacyView {

    static final String PATH = "/account/privacy.xhtml";
    static final String DELETED_PATH = "/account/deleted.xhtml";
    static final String BUNDLE = "org.oursociety.core.privacy.Privacy";

    @Inject
    CurrentUser currentUser;

    @Inject
    PrivacyService privacy;

    private String password;

    /** The page's view action: the anonymous visitor signs in first and comes back here. */
    public void requireSignIn() throws IOException {
        if (!currentUser.isSignedIn()) {
            toSignIn();
        }
    }

    public void deleteAccount() throws IOException {
        PortalUser user = currentUser.user().orElse(null);
        if (user == null) {
            toSignIn();
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Erasure outcome = privacy.deleteAccount(user, password);
        password = null;
        if (outcome == Erasure.WRONG_PASSWORD) {
            ResourceBundle msg = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
            faces.addMessage("privacy-delete:password",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("delete.wrongPassword"), null));
            faces.validationFailed();
            return;
        }
        ExternalContext external = faces.getExternalContext();
        SessionCookie.clear((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        external.redirect(DELETED_PATH);
    }

    private static void toSignIn() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext()
                .redirect("/login.xhtml?next=" + URLEncoder.encode(PATH, StandardCharsets.UTF_8));
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
