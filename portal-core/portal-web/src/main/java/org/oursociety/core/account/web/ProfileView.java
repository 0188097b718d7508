package org.oursociety.core.account.web;

import org.oursociety.core.account.application.AccountMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.web.PageRefusals;
import org.oursociety.core.account.application.ProfileService;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /account/profile.xhtml}: the signed-in resident's details, address and password. Every action
 * checks the caller again on the server; anonymous visitors are sent to sign in and come back.
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/account/profile.xhtml";

    @Inject
    CurrentUser currentUser;

    @Inject
    ProfileService profiles;

    @Inject
    SessionRefresh sessions;

    private ProfileService.Profile profile;
    private List<ProfileService.AreaChoice> areas = List.of();
    private String displayName;
    private String preferredLanguage;
    private String homeAreaId;
    private String newEmail;
    private String currentPassword;
    private String newPassword;

    public void load() throws IOException {
        PortalUser user = signedIn();
        if (user == null) {
            return;
        }
        profile = profiles.profile(user.id());
        areas = profiles.areas();
        displayName = profile.displayName();
        preferredLanguage = profile.preferredLanguage();
        homeAreaId = profile.homeAreaId() == null ? "" : profile.homeAreaId().toString();
    }

    public void save() throws IOException {
        PortalUser user = signedIn();
        if (user == null) {
            return;
        }
        UUID area;
        try {
            area = homeAreaId == null || homeAreaId.isBlank() ? null : UUID.fromString(homeAreaId);
        } catch (IllegalArgumentException e) {
            PageRefusals.show("details", Refusal.invalid("homeAreaId", AccountMessages.message("error.homeArea.unknown")),
                    Map.of("homeAreaId", "homeArea"));
            return;
        }
        try {
            profile = profiles.update(user.id(), new ProfileService.Changes(displayName, preferredLanguage, area, true));
            sessions.reissueIfCookie(request(), response(), profile);
            PageMessages.info("profile.saved");
        } catch (Refusal refused) {
            PageRefusals.show("details", refused, Map.of("homeAreaId", "homeArea", "preferredLanguage", "language"));
        }
    }

    public void changeEmail() throws IOException {
        PortalUser user = signedIn();
        if (user == null) {
            return;
        }
        try {
            profiles.requestEmailChange(user.id(), newEmail);
            PageMessages.info("profile.emailSent", newEmail.strip());
            newEmail = null;
        } catch (Refusal refused) {
            PageRefusals.show("email", refused, Map.of("email", "newEmail"));
        }
    }

    public void changePassword() throws IOException {
        PortalUser user = signedIn();
        if (user == null) {
            return;
        }
        try {
            profiles.changePassword(user.id(), user.sessionId(), currentPassword, newPassword);
            PageMessages.info("profile.passwordChanged");
        } catch (Refusal refused) {
            PageRefusals.show("password", refused);
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    /** The caller, or null after sending an anonymous visitor to the sign-in page. */
    private PortalUser signedIn() throws IOException {
        PortalUser user = currentUser.user().orElse(null);
        if (user == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect("/login.xhtml?next=" + URLEncoder.encode(PATH, StandardCharsets.UTF_8));
            faces.responseComplete();
        }
        return user;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) external().getResponse();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public ProfileService.Profile getProfile() {
        return profile;
    }

    public List<ProfileService.AreaChoice> getAreas() {
        return areas;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getHomeAreaId() {
        return homeAreaId;
    }

    public void setHomeAreaId(String homeAreaId) {
        this.homeAreaId = homeAreaId;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
