package org.oursociety.portal.api.internal.area;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Map;
import org.oursociety.portal.api.area.AreaContext;

/**
 * Keeps the area in every URL a page reached as {@code /{module}/{area}/page.xhtml} makes, in every WAR
 * (registered by portal-api's {@code META-INF/faces-config.xml}, so modules need nothing of their own).
 * {@link AreaModuleFilter} forwards such a request to {@code /page.xhtml} with the area set; Faces would
 * then post the form back to {@code /{module}/page.xhtml}, where the area is gone and the page either
 * finds no area or, worse, another request's. Action, redirect and bookmarkable URLs get {@code /{area}}
 * after the context path; a form's action keeps the address's query too ({@code ?id=...}), so
 * request-scoped beans find their record again on the postback.
 */
public class AreaViewHandler extends ViewHandlerWrapper {

    public AreaViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        ExternalContext external = context.getExternalContext();
        Object query = external.getRequestMap().get(RequestDispatcher.FORWARD_QUERY_STRING);
        return withQuery(withArea(area(external), external.getRequestContextPath(), url),
                query == null ? null : query.toString());
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        ExternalContext external = context.getExternalContext();
        return withArea(area(external), external.getRequestContextPath(),
                super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        ExternalContext external = context.getExternalContext();
        return withArea(area(external), external.getRequestContextPath(),
                super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    private static String area(ExternalContext external) {
        Object area = external.getRequestMap().get(AreaContext.ATTRIBUTE);
        return area == null ? null : area.toString();
    }

    /** {@code /forum/topic.xhtml?id=1} with area {@code riverside} → {@code /forum/riverside/topic.xhtml?id=1}. */
    static String withArea(String area, String contextPath, String url) {
        if (area == null || url == null || contextPath == null || contextPath.isEmpty()
                || !url.startsWith(contextPath + "/")) {
            return url;
        }
        String prefix = contextPath + "/" + area;
        if (url.startsWith(prefix + "/") || url.equals(prefix)) {
            return url;
        }
        return prefix + url.substring(contextPath.length());
    }

    /** The address's own query on a form's action, unless the action has one already. */
    static String withQuery(String url, String query) {
        if (url == null || query == null || query.isEmpty() || url.contains("?")) {
            return url;
        }
        return url + "?" + query;
    }
}
