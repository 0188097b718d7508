package org.oursociety.core.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditActions;
import org.oursociety.core.audit.domain.AuditEntry;
import org.oursociety.core.audit.domain.AuditQuery;
import org.oursociety.core.platform.Page;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.web.PageRefusals;

/**
 * {@code /admin/audit.xhtml}: the audit log, newest first, filtered by action, actor, target and dates.
 * Who may see it is {@code PlatformAccess}'s decision, asked by the page ({@code AdminPage}) and again
 * by {@link AuditLog} on every read.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    AuditLog audit;

    private String action;
    private String actor;
    private String target;
    private String from;
    private String to;
    private int page;
    private AuditQuery query = AuditQuery.ALL;
    private Page<AuditEntry> entries = new Page<>(List.of(), 0, AuditLog.PAGE_SIZE, 0);

    @PostConstruct
    void init() {
        load();
    }

    /** Applies the filter; a bad date gets a message on its field and the last good filter stays. */
    public void filter() {
        try {
            query = AuditQuery.parse(action, actor, target, from, to);
            page = 0;
            load();
        } catch (AuditQuery.Invalid e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "adminMsg");
            faces.addMessage("audit:" + e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    msg.getString("audit.invalid." + e.field()), null));
            faces.validationFailed();
        }
    }

    public void next() {
        if (entries.hasNext()) {
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

    private void load() {
        try {
            entries = audit.find(query, page);
        } catch (Refusal refusal) {
            PageRefusals.show(null, refusal);
        }
    }

    /** UTC, as the page says: admins compare these times with server logs. */
    public String format(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    public List<String> getActions() {
        return AuditActions.KNOWN;
    }

    public Page<AuditEntry> getEntries() {
        return entries;
    }

    public long getPageNumber() {
        return page + 1L;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
