package org.oursociety.core.account.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.oursociety.core.account.application.AccountMessages;

/** Notices on the account pages, in the page's language (refusals go through {@code PageRefusals}). */
final class PageMessages {

    private PageMessages() {
    }

    static AccountMessages bundle() {
        return AccountMessages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    static void info(String key, Object... arguments) {
        String text = bundle().get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
