package org.oursociety.portal.api.internal.module;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.area.AreaMap;

/**
 * The header's module links ({@code #{portalNav.modules}}): the registered modules that are
 * switched on in the page's area, each linking to that area's page of the module.
 *
 * <p>The registry comes from {@link ActiveModules}, read at most every 2 s (never held longer: a list
 * filled during start-up, by the core's 404 page answering a module URL while the module was still
 * deploying, once hid every module from the home page). The switches come from {@code AreaDirectory},
 * refreshed every 2 s.
 */
@Named("portalNav")
@RequestScoped
public class Navigation {

    /** A link in the header: {@code href} points at the module's page for the current area. */
    public record Entry(String id, String name, String href, boolean current) {
    }

    @Inject
    AreaContext area;

    @Inject
    HttpServletRequest request;

    @Inject
    ActiveModules activeModules;

    private List<Entry> modules;

    public List<Entry> getModules() {
        if (modules == null) {
            modules = area.current().map(this::enabledIn).orElse(List.of());
        }
        return modules;
    }

    private List<Entry> enabledIn(AreaMap.AreaRef current) {
        AreaMap map = area.map();
        return registered().stream()
                .filter(m -> map.isEnabled(m.getId(), current))
                .map(m -> new Entry(m.getId(), m.module().name(), m.module().contextPath() + "/" + current.slug() + "/",
                        request.getContextPath().equals(m.module().contextPath())))
                .toList();
    }

    private List<ModuleRegistry.RegisteredModule> registered() {
        return activeModules.active();
    }
}
