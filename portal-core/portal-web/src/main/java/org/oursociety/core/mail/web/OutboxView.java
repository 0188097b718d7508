package org.oursociety.core.mail.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.oursociety.core.mail.application.MailOutbox;
import org.oursociety.core.mail.domain.OutboxEntry;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.web.PageRefusals;

/**
 * {@code /admin/outbox.xhtml}: the newest mails, sent or waiting, and the text of the one an admin
 * opens. Platform admins only, checked on the server for every request, not by hiding links: the
 * page holds other people's confirmation and reset links.
 */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    // Not transient: the CDI proxies are serializable and find their beans again after passivation.
    @Inject
    MailOutbox outbox;

    private List<OutboxEntry> mails = List.of();
    private long unsent;
    private boolean sending;
    private List<OutboxEntry> filtered;
    private OutboxEntry selected;
    private String selectedText;

    /**
     * The page's second {@code f:viewAction}, after {@code AdminPage.require} refused everyone but platform
     * admins; {@link MailOutbox} asks {@code PlatformAccess} again for every read.
     */
    public void load() {
        try {
            mails = outbox.newest(MailOutbox.ADMIN_LIST_LIMIT);
            filtered = null;
            unsent = outbox.unsent();
            sending = outbox.sending();
        } catch (Refusal refusal) {
            forget(refusal);
        }
    }

    /** Opens one mail's plain text. */
    public void show(UUID id) {
        selected = mails.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
        try {
            selectedText = selected == null ? null : outbox.textBody(id).orElse(null);
        } catch (Refusal refusal) {
            forget(refusal);
        }
    }

    /** Reads the list again (the worker may have sent something since). */
    public void refresh() {
        load();
        if (selected != null) {
            show(selected.id());
        }
    }

    private void forget(Refusal refusal) {
        mails = List.of();
        selected = null;
        selectedText = null;
        PageRefusals.show(null, refusal);
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
