package org.oursociety.portal.api.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>A refusal of the whole page (a page the reader may not open at all) is {@link #answer(Refusal)}: the
 * sign-in page for someone not signed in, the shared error page of the refusal's status for everyone else.
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

    /**
     * The page itself is refused, typically in its {@code f:viewAction}: {@link Refusal.Kind#UNAUTHENTICATED}
     * sends the reader to sign in and back to this address; any other kind answers its status with the
     * portal's shared error page (the not-found page for 404), and nothing of the page is rendered.
     */
    public static void answer(Refusal refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            if (refusal.kind() == Refusal.Kind.UNAUTHENTICATED) {
                external.redirect("/login.xhtml?next=" + URLEncoder.encode(address(external), StandardCharsets.UTF_8));
            } else {
                external.responseSendError(refusal.kind().status(), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The address the reader asked for: an area page's own ({@code /forum/riverside/topic.xhtml?id=1}). */
    private static String address(ExternalContext external) {
        Map<String, Object> attributes = external.getRequestMap();
        Object forwarded = attributes.get(RequestDispatcher.FORWARD_REQUEST_URI);
        Object query = forwarded == null ? null : attributes.get(RequestDispatcher.FORWARD_QUERY_STRING);
        if (forwarded == null) {
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            forwarded = request.getRequestURI();
            query = request.getQueryString();
        }
        return forwarded + (query == null ? "" : "?" + query);
    }
}
