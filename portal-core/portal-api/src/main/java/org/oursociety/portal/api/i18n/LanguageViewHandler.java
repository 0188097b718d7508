package org.oursociety.portal.api.i18n;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Gives every page of every WAR the request's language ({@link Languages#of}) as its view locale, so
 * that resource bundles, {@code <html lang>} (the shared layout reads the view's locale) and
 * converters all follow the same choice. Registered in portal-api's faces-config.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object request = context.getExternalContext().getRequest();
        if (request instanceof HttpServletRequest http) {
            return Languages.of(http);
        }
        return super.calculateLocale(context);
    }
}
