package org.oursociety.directory.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import org.oursociety.portal.api.area.AreaContext;

/**
 * Forms on area pages post back to the area's address ({@code /directory/{area}/edit.xhtml}), not to the page's
 * own ({@code /directory/edit.xhtml}), with the address's query: the area filter forwards area URLs to the page, and JSF would otherwise
 * build the form's action from the page alone, losing the area on every postback.
 */
public class AreaActionViewHandler extends ViewHandlerWrapper {

    public AreaActionViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = getWrapped().getActionURL(context, viewId);
        Object slug = context.getExternalContext().getRequestMap().get(AreaContext.ATTRIBUTE);
        String contextPath = context.getExternalContext().getRequestContextPath();
        if (slug == null || !url.startsWith(contextPath + "/") || url.startsWith(contextPath + "/" + slug + "/")) {
            return url;
        }
        // the page's own parameters (?id=...) too, so request-scoped beans find their record again on a postback
        Object query = context.getExternalContext().getRequestMap().get("jakarta.servlet.forward.query_string");
        return contextPath + "/" + slug + url.substring(contextPath.length())
                + (query == null || url.contains("?") ? "" : "?" + query);
    }
}
