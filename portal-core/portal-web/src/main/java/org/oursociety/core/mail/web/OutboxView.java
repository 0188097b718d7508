package org.oursociety.core.mail.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.oursociety.core.admin.application.PlatformAccess;
import org.oursociety.core.mail.application.MailOutbox;
import org.oursociety.core.mail.domain.OutboxEntry;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code /admin/outbox.xhtml}: the newest mails, sent or waiting, and the text of the one an admin
 * opens. Platform admins only, checked on the server for every request, not by hiding links: the
 * page holds other people's confirmation and reset links.
 */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    // Not transient: the CDI proxies are serializable and find their beans again after passivation.
    static final String PATH = "/admin/outbox.xhtml";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformAccess platform;

    @Inject
    MailOutbox outbox;

    private List<OutboxEntry> mails = List.of();
    private long unsent;
    private boolean sending;
    private List<OutboxEntry> filtered;
    private OutboxEntry selected;
    private String selectedText;

    /**
     * The page's {@code f:viewAction}: loads the list for an admin. Anyone else gets the sign-in page
     * (not signed in) or 404 (signed in): a 404 with the portal's layout, where 403 would only
     * confirm that the page exists.
     */
    public void load() throws IOException {
        if (!authorised()) {
            return;
        }
        mails = outbox.newest(MailOutbox.ADMIN_LIST_LIMIT);
        filtered = null;
        unsent = outbox.unsent();
        sending = outbox.sending();
    }

    /** Opens one mail's plain text. */
    public void show(UUID id) throws IOException {
        if (!authorised()) {
            return;
        }
        selected = mails.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
        selectedText = selected == null ? null : outbox.textBody(id).orElse(null);
    }

    /** Reads the list again (the worker may have sent something since). */
    public void refresh() throws IOException {
        load();
        if (selected != null) {
            show(selected.id());
        }
    }

    private boolean authorised() throws IOException {
        if (platform.isPlatformAdmin(currentUser.user().orElse(null))) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (currentUser.isSignedIn()) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } else {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(PATH, StandardCharsets.UTF_8));
        }
        faces.responseComplete();
        mails = List.of();
        selected = null;
        selectedText = null;
        return false;
    }

    /** UTC, as the page says: admins compare these times with server logs, which are not in their zone either. */
    public String format(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    public List<OutboxEntry> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<OutboxEntry> filtered) {
        this.filtered = filtered;
    }

    public List<OutboxEntry> getMails() {
        return mails;
    }

    public long getUnsent() {
        return unsent;
    }

    public boolean isSending() {
        return sending;
    }

    public OutboxEntry getSelected() {
        return selected;
    }

    public String getSelectedText() {
        return selectedText;
    }
}
