package org.oursociety.budget.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

/** What the module's pages share: the bundle in the page's language, dates in words, refusals as messages. */
public final class BudgetPages {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private BudgetPages() {
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    public static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BudgetText.BUNDLE, locale()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** "3 June 2026 at 17:00" in the page's language, London time; never ISO. */
    public static String when(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(text("date.pattern"), locale()).format(at.atZone(LONDON));
    }

    /** Puts a refusal on the page: each field's message at its field (client id {@code form:field}), else at the top. */
    public static void refused(String formId, Refusal refusal, Map<String, String> fieldIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale();
        if (refusal.fields().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.reason().in(locale), null));
            return;
        }
        refusal.fields().forEach((field, message) -> {
            String id = fieldIds.getOrDefault(field, null);
            String text = message.in(locale);
            faces.addMessage(id == null ? null : formId + ":" + id, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    public static void info(String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static String say(Message message) {
        return message.in(locale());
    }
}
