package org.oursociety.directory.exchange.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oursociety.directory.exchange.application.ExchangeService;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** Answering wants and offers on an organisation's page, and the conversations each reader may see. */
@Named
@ViewScoped
public class ExchangeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExchangeService exchange;

    @Inject
    CurrentUser currentUser;

    private final Map<String, String> answers = new HashMap<>();

    public List<ExchangeService.MessageView> conversation(String postId) {
        return currentUser.user().map(u -> exchange.conversation(u, UUID.fromString(postId))).orElse(List.of());
    }

    public void answer(String postId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            exchange.message(currentUser.user().orElse(null), UUID.fromString(postId), answers.get(postId), null);
            answers.remove(postId);
            faces.addMessage(null, new FacesMessage(new Message(DirectoryPermissions.BUNDLE, "exchange.sent")
                    .in(faces.getViewRoot().getLocale())));
        } catch (Refusal refused) {
            String text = refused.fields().isEmpty() ? refused.reason().in(faces.getViewRoot().getLocale())
                    : refused.fields().values().iterator().next().in(faces.getViewRoot().getLocale());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    public Map<String, String> getAnswers() {
        return answers;
    }
}
