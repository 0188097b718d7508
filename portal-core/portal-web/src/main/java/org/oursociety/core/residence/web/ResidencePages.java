package org.oursociety.core.residence.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.oursociety.core.residence.application.ResidenceMessages;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.web.PageRefusals;

/** What the residence pages share: messages in the page's language, at their field, and the sign-in detour. */
final class ResidencePages {

    private ResidencePages() {
    }

    static ResidenceMessages bundle() {
        return ResidenceMessages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The refusal at its field inside {@code formId} (or for the whole page), in the page's language. */
    static void refused(String formId, Refusal refused) {
        PageRefusals.show(formId, refused);
    }

    static void info(String key, Object... arguments) {
        String text = bundle().get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void toSignIn(String back) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect("/login.xhtml?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        faces.responseComplete();
    }

    static void answer(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, null);
        faces.responseComplete();
    }
}
