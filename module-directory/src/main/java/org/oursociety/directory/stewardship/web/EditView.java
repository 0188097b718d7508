package org.oursociety.directory.stewardship.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.directory.stewardship.application.StewardshipService;
import org.oursociety.directory.stewardship.domain.EditableFields;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /directory/{area}/edit.xhtml?type=service&id=...}: a listing's fields in a form. An editor's save is
 * live at once; anyone else's is sent as a suggestion. Only the fields changed are sent.
 */
@Named
@ViewScoped
public class EditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StewardshipService stewardship;

    @Inject
    CurrentUser currentUser;

    @Inject
    AreaContext area;

    private String type;
    private String id;
    private String areaSlug;
    private boolean editor;
    private final Map<String, String> original = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private String outcome;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        PortalUser user = currentUser.user().orElse(null);
        if (user == null) {
            faces.getExternalContext().redirect("/login.xhtml?next="
                    + java.net.URLEncoder.encode(((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext()
                    .getRequest()).getRequestURI() + "?type=" + type + "&id=" + id, java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        areaSlug = area.getCurrent() == null ? null : area.getCurrent().slug();
        JsonNode document = "organization".equals(type) || "service".equals(type) ? stewardship.document(type, id) : null;
        if (document == null) {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        String organizationId = "organization".equals(type) ? id : stewardship.organizationOfService(id);
        editor = organizationId != null && stewardship.mayEdit(user, organizationId);
        for (String field : EditableFields.of(type)) {
            JsonNode value = document.get(field);
            String text = value == null || value.isNull() ? "" : value.isNumber() ? value.numberValue().toString()
                    .replaceAll("\\.0$", "") : value.asText();
            if (field.equals("status") && text.isEmpty()) {
                text = "active";
            }
            original.put(field, text);
            values.put(field, text);
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale language = faces.getViewRoot().getLocale();
        ObjectNode changes = HsdsStore.JSON.createObjectNode();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String now = e.getValue() == null ? "" : e.getValue().strip();
            if (Objects.equals(now, original.get(e.getKey()))) {
                continue;
            }
            if (e.getKey().endsWith("_age")) {
                if (now.isEmpty()) {
                    changes.putNull(e.getKey());
                } else {
                    try {
                        changes.put(e.getKey(), Double.parseDouble(now));
                    } catch (NumberFormatException notANumber) {
                        changes.put(e.getKey(), now); // refused with a field message below
                    }
                }
            } else {
                changes.put(e.getKey(), now);
            }
        }
        try {
            StewardshipService.ChangeResult result = stewardship.change(currentUser.user().orElse(null), type, id, changes);
            outcome = result.outcome();
            original.putAll(values);
            faces.addMessage(null, new FacesMessage(new Message(DirectoryPermissions.BUNDLE,
                    "applied".equals(outcome) ? "edit.applied" : "edit.suggested").in(language)));
        } catch (Refusal refused) {
            if (refused.fields().isEmpty()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.reason().in(language), null));
            }
            refused.fields().forEach((field, message) -> faces.addMessage("edit:" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message.in(language), null)));
        }
    }

    /** The listing's name as saved (not as being typed), for the title and breadcrumbs. */
    public String getName() {
        return original.get("name");
    }

    public List<String> getFields() {
        return EditableFields.of(type);
    }

    public boolean isLong(String field) {
        return List.of("description", "application_process", "eligibility_description", "fees_description").contains(field);
    }

    public List<String> getStatuses() {
        return List.of("active", "temporarily closed", "inactive", "defunct");
    }

    public Map<String, String> getValues() {
        return values;
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

    public boolean isEditor() {
        return editor;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getBackLink() {
        return ("organization".equals(type) ? "organization.xhtml?id=" : "service.xhtml?id=") + id;
    }

    public String getAreaSlug() {
        return areaSlug;
    }
}
