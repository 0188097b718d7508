package org.oursociety.directory.stewardship.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.stewardship.application.StewardshipService;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * What a reader can do on a listing's page: report it (anyone), ask to manage it (signed-in members who are
 * not its editors yet). The listing is named by the page's {@code id} parameter and {@code type}.
 */
@Named
@ViewScoped
public class ListingActionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StewardshipService stewardship;

    @Inject
    CurrentUser currentUser;

    private String type;
    private String id;
    private String reason = "out-of-date";
    private String details;
    private String claimMessage;

    public void report() {
        try {
            stewardship.report(currentUser.user(), type, id, reason, details);
            details = null;
            info("report.thanks");
        } catch (Refusal refused) {
            refusedAt(refused, "actions:");
        }
    }

    public void claim() {
        try {
            stewardship.claim(currentUser.user().orElse(null), id, claimMessage);
            claimMessage = null;
            info("claim.sent");
        } catch (Refusal refused) {
            refusedAt(refused, "claim:");
        }
    }

    public boolean isEditor() {
        return "organization".equals(type) && currentUser.user().map(u -> stewardship.mayEdit(u, id)).orElse(false);
    }

    /** Whether the reader edits the organisation (of a service page). */
    public boolean editorOf(String organizationId) {
        return organizationId != null && currentUser.user().map(u -> stewardship.mayEdit(u, organizationId)).orElse(false);
    }

    public List<String> getReasons() {
        return List.of("out-of-date", "closed", "other");
    }

    private void info(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(new Message(DirectoryPermissions.BUNDLE, key).in(locale())));
    }

    private void refusedAt(Refusal refused, String prefix) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refused.fields().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.reason().in(locale()), null));
        }
        refused.fields().forEach((field, message) -> faces.addMessage(prefix + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message.in(locale()), null)));
    }

    private static Locale locale() {
        return Optional.ofNullable(FacesContext.getCurrentInstance().getViewRoot()).map(v -> v.getLocale()).orElse(Locale.ENGLISH);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getClaimMessage() {
        return claimMessage;
    }

    public void setClaimMessage(String claimMessage) {
        this.claimMessage = claimMessage;
    }
}
