package org.oursociety.portal.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages at the top of a form ({@code <portal:messages id="messages"/>}, which reads
 * {@code #{portalErrors}}): every error of this request in an error summary, those of a field linking
 * to it; other messages (info, warning) in a success banner.
 */
@Named("portalErrors")
@RequestScoped
public class ErrorSummary {

    /** One error: {@code field} is the client id of its input, or {@code null} for the form as a whole. */
    public record Item(String field, String text) {
        public String href() {
            return field == null ? null : "#" + field;
        }
    }

    public List<Item> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Item> items = new ArrayList<>();
        if (faces == null) {
            return items;
        }
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (FacesMessage message : faces.getMessageList(id)) {
                if (message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    String text = message.getSummary() != null ? message.getSummary() : message.getDetail();
                    if (items.stream().noneMatch(i -> i.text().equals(text) && java.util.Objects.equals(i.field(), id))) {
                        items.add(new Item(id, text));
                    }
                }
            }
        }
        return items;
    }

    /** Messages that are not errors ("Saved Riverside."), for the success banner. */
    public List<String> getNotices() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> notices = new ArrayList<>();
        if (faces == null) {
            return notices;
        }
        for (FacesMessage message : faces.getMessageList()) {
            if (message.getSeverity().getOrdinal() < FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                String text = message.getSummary() != null ? message.getSummary() : message.getDetail();
                if (!notices.contains(text)) {
                    notices.add(text);
                }
            }
        }
        return notices;
    }

    public boolean isPresent() {
        return !getItems().isEmpty();
    }

    /** {@code os-form-group--error} when the field has an error, for the field's wrapper. */
    public String groupClass(String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && !faces.getMessageList(clientId).isEmpty() ? "os-form-group--error" : "";
    }
}
