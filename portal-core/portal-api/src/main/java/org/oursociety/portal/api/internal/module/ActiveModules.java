package org.oursociety.portal.api.internal.module;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;
import org.oursociety.portal.api.internal.cache.Refreshed;

/**
 * The registered modules the header lists on every page, read at most every {@link AreaDirectory#MAX_AGE}
 * (2 s) rather than once per page: a module that starts or stops shows in every WAR within that time, as
 * module switches do. Never held longer: a list read while modules were still deploying once hid every
 * module from the home page for good (the reason the registry was not cached before). A failed read keeps
 * the last list.
 */
@ApplicationScoped
public class ActiveModules {

    @Inject
    ModuleRegistry registry;

    private final Refreshed<List<ModuleRegistry.RegisteredModule>> modules = Refreshed.keepingLast(
            "the module registry", () -> List.copyOf(registry.active()), Clock.systemUTC(), AreaDirectory.MAX_AGE,
            List.of());

    @PostConstruct
    void listen() {
        CacheInvalidation.listen(CacheInvalidation.Topic.MODULES, key -> modules.forget());
    }

    public List<ModuleRegistry.RegisteredModule> active() {
        return modules.get();
    }
}
