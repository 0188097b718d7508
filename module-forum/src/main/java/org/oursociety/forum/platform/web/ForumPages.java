package org.oursociety.forum.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.rest.Refusal;

/**
 * What every forum page needs: dates in words in the page's language ({@code #{forumPages.when(instant)}}), a
 * refusal shown at its fields or at the top, and 404 / sign-in for pages that may not be shown.
 */
@Named
@ApplicationScoped
public class ForumPages {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Formatters per language: a page of 20 posts says 20 dates, and a pattern is parsed once, not 40 times. */
    private static final Map<Locale, DateTimeFormatter> WHEN = new ConcurrentHashMap<>();

    /** "30 November 2026 at 14:05" (Welsh month names on Welsh pages). */
    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = locale();
        return WHEN.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern(
                "cy".equals(l.getLanguage()) ? "d MMMM yyyy 'am' HH:mm" : "d MMMM yyyy 'at' HH:mm", l)
                .withZone(LONDON)).format(instant);
    }

    public String area() {
        return currentArea();
    }

    /** The area of the page's URL ({@code /forum/{area}/...}), or null on pages outside areas. */
    public static String currentArea() {
        Object area = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(AreaContext.ATTRIBUTE);
        return area == null ? null : area.toString();
    }

    /** Redirects to an absolute path (after a post: the new post, the topic...). */
    public static void redirect(String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().redirect(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }

    /** Puts the refusal's field messages at their fields ({@code fieldIds}: field name to client id) and the rest on top. */
    public static void show(Refusal refused, Map<String, String> fieldIds) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = locale();
        if (refused.fields().isEmpty()) {
            String text = refused.reason().in(locale);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return;
        }
        refused.fields().forEach((field, message) -> {
            String text = message.in(locale);
            context.addMessage(fieldIds.get(field), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
        context.validationFailed();
    }

    /** For a page's view action: 404 for what is not there, the sign-in page for members-only spaces, else the message. */
    public static void refuseView(Refusal refused) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            if (refused.kind() == Refusal.Kind.UNAUTHENTICATED) {
                jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
                // forwarded by the area filter: the address the reader typed is the original one
                Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
                String here = forwarded != null ? forwarded.toString() : request.getRequestURI();
                Object forwardedQuery = request.getAttribute("jakarta.servlet.forward.query_string");
                String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
                external.redirect("/login.xhtml?next=" + URLEncoder.encode(here + (query == null ? "" : "?" + query),
                        StandardCharsets.UTF_8));
            } else {
                external.responseSendError(refused.kind() == Refusal.Kind.FORBIDDEN ? 403 : 404, null);
            }
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
