package org.oursociety.portal.api.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.oursociety.portal.api.i18n.Languages;

/**
 * What the portal's error page ({@code /portal/problem.xhtml}) says for the status it stands in for, in
 * the reader's language (bundle {@code org.oursociety.portal.api.web.Errors}).
 */
@Named("portalErrorStatus")
@RequestScoped
public class ErrorStatus {

    static final String BUNDLE = "org.oursociety.portal.api.web.Errors";
    static final Set<Integer> KNOWN = Set.of(400, 401, 403, 405, 413, 501, 503);

    @Inject
    HttpServletRequest request;

    public String getTitle() {
        return text(keyOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)) + ".title", Languages.of(request));
    }

    public String getText() {
        return text(keyOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)) + ".text", Languages.of(request));
    }

    /** {@code status.403} and the like; {@code status.other} for a status without sentences of its own. */
    static String keyOf(Object status) {
        return status instanceof Integer code && KNOWN.contains(code) ? "status." + code : "status.other";
    }

    static String text(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ErrorStatus.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
