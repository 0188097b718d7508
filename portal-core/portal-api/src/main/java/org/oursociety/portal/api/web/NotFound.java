package org.oursociety.portal.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;

/**
 * What the shared not-found page ({@code #{portalNotFound}}) can say about the address: when it is a
 * module's page for an area that exists but where the module is switched off, that the service is not
 * available in that area (rather than "nothing here").
 */
@Named("portalNotFound")
@RequestScoped
public class NotFound {

    @Inject
    HttpServletRequest request;

    @Inject
    AreaDirectory directory;

    /** The area whose module page was asked for while the module is off there, if that is why. */
    public Optional<AreaMap.AreaRef> moduleOffIn() {
        String context = request.getContextPath();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (context == null || context.isEmpty() || !(uri instanceof String path) || !path.startsWith(context + "/")) {
            return Optional.empty();
        }
        String rest = path.substring(context.length() + 1);
        int slash = rest.indexOf('/');
        String slug = slash < 0 ? rest : rest.substring(0, slash);
        AreaMap map = directory.current();
        return map.bySlug(slug).filter(area -> !map.isEnabled(context.substring(1), area));
    }

    /** For the page: the area's name, or {@code null}. */
    public String getModuleOffArea() {
        return moduleOffIn().map(AreaMap.AreaRef::name).orElse(null);
    }
}
