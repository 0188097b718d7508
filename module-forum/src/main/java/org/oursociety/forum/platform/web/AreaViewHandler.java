package org.oursociety.forum.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import org.oursociety.portal.api.area.AreaContext;

/**
 * Keeps the area in the URL of every form and link the forum's pages make. {@code /forum/{area}/topic.xhtml} is
 * forwarded by portal-api's AreaModuleFilter to {@code /topic.xhtml} with the area set; Faces would post the form
 * back to {@code /forum/topic.xhtml}, where the area is gone. Solved here once for the module: action, redirect and
 * bookmarkable URLs of a request that came with an area get {@code /{area}} after the context path.
 */
public class AreaViewHandler extends ViewHandlerWrapper {

    public AreaViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return withArea(context, super.getActionURL(context, viewId));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        return withArea(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        return withArea(context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    static String withArea(FacesContext context, String url) {
        Object area = context.getExternalContext().getRequestMap().get(AreaContext.ATTRIBUTE);
        return withArea(area == null ? null : area.toString(), context.getExternalContext().getRequestContextPath(), url);
    }

    /** {@code /forum/topic.xhtml?id=1} with area {@code riverside} → {@code /forum/riverside/topic.xhtml?id=1}. */
    static String withArea(String area, String contextPath, String url) {
        if (area == null || url == null || !url.startsWith(contextPath + "/")) {
            return url;
        }
        String prefix = contextPath + "/" + area;
        if (url.startsWith(prefix + "/") || url.equals(prefix)) {
            return url;
        }
        return prefix + url.substring(contextPath.length());
    }
}
