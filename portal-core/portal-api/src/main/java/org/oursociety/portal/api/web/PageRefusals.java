package org.oursociety.portal.api.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;
import org.oursociety.portal.api.rest.Refusal;

/**
 * A {@link Refusal} on a JSF page, the same way on every page of every WAR: each field's message beside
 * its input (client id {@code formId:field}), or, when the refusal names no field, one message for the
 * whole page; in the page's language; and the request marked as failed so that PrimeFaces keeps a dialog
 * open. A view catches the refusal its service threw and hands it here:
 *
 * <pre>{@code
 * try {
 *     topics.open(user, form);
 * } catch (Refusal refusal) {
 *     PageRefusals.show("topic", refusal);
 * }
 * }</pre>
 */
public final class PageRefusals {

    private PageRefusals() {
    }

    /** The refusal's messages at {@code formId:<field>}, or for the whole page when it names no field. */
    public static void show(String formId, Refusal refusal) {
        show(formId, refusal, Map.of());
    }

    /** As {@link #show(String, Refusal)}; {@code inputIds} names the input of a field whose id differs. */
    public static void show(String formId, Refusal refusal, Map<String, String> inputIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        if (refusal.fields().isEmpty()) {
            String text = refusal.reason().in(locale);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        } else {
            refusal.fields().forEach((field, message) -> {
                String text = message.in(locale);
                String input = inputIds.getOrDefault(field, field);
                faces.addMessage(formId == null ? input : formId + ":" + input,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
        }
        faces.validationFailed();
    }
}
