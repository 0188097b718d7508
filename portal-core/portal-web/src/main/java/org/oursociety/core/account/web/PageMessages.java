package org.oursociety.core.account.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.oursociety.core.account.application.AccountMessages;
import org.oursociety.core.account.application.InvalidInput;

/** Messages on the account pages, in the page's language, each at its field. */
final class PageMessages {

    private PageMessages() {
    }

    static AccountMessages bundle() {
        return AccountMessages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /**
     * One message per refused field, at the input whose id is the field's name inside {@code formId}
     * (so {@code email} shows at {@code register:email}); {@code fieldIds} renames fields whose input has
     * another id.
     */
    static void show(String formId, InvalidInput invalid, Map<String, String> fieldIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        AccountMessages bundle = bundle();
        invalid.fieldKeys().forEach((field, key) -> {
            String text = bundle.get(key);
            faces.addMessage(formId + ":" + fieldIds.getOrDefault(field, field),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
        faces.validationFailed();
    }

    static void info(String key, Object... arguments) {
        String text = bundle().get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
