package org.oursociety.core.useradmin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Function;
import org.oursociety.core.platform.Page;
import org.oursociety.core.useradmin.application.UserAdminService;
import org.oursociety.core.useradmin.domain.UserSummary;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.web.PageRefusals;

/**
 * {@code /admin/users.xhtml}: search users, disable and enable them, grant and revoke platform admin.
 * Who may see it is {@code PlatformAccess}'s decision: asked by the page ({@code AdminPage}) and by
 * {@link UserAdminService} on every request, these Ajax actions included.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdminService admin;

    @Inject
    CurrentUser currentUser;

    private String query;
    private int page;
    private Page<UserSummary> users = new Page<>(java.util.List.of(), 0, UserAdminService.PAGE_SIZE, 0);

    @PostConstruct
    void init() {
        load();
    }

    public void search() {
        page = 0;
        load();
    }

    public void next() {
        if (users.hasNext()) {
            page++;
            load();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            load();
        }
    }

    public void disable(UUID id) {
        act(id, admin::disable, "users.disabled");
    }

    public void enable(UUID id) {
        act(id, admin::enable, "users.enabled");
    }

    public void grantPlatformAdmin(UUID id) {
        act(id, admin::grantPlatformAdmin, "users.granted");
    }

    public void revokePlatformAdmin(UUID id) {
        act(id, admin::revokePlatformAdmin, "users.revoked");
    }

    public boolean isSelf(UUID id) {
        return currentUser.user().map(u -> u.id().equals(id)).orElse(false);
    }

    private void act(UUID id, Function<UUID, UserSummary> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "adminMsg");
        if (id == null) {
            // The row's button no longer points at a user (a forged post, or the list changed under it).
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("users.gone"), null));
            load();
            return;
        }
        try {
            UserSummary user = action.apply(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(msg.getString(doneKey), user.email()), null));
        } catch (Refusal refusal) {
            PageRefusals.show(null, refusal);
        }
        load();
    }

    private void load() {
        try {
            users = admin.search(query, page);
            if (users.items().isEmpty() && page > 0) {
                page = 0;
                users = admin.search(query, page);
            }
        } catch (Refusal refusal) {
            PageRefusals.show(null, refusal);
        } catch (IllegalArgumentException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "adminMsg");
            faces.addMessage("users:q", new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("users.queryTooLong"), null));
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Page<UserSummary> getUsers() {
        return users;
    }

    public long getPageNumber() {
        return page + 1L;
    }
}
