package org.oursociety.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.oursociety.portal.api.internal.module.ModuleRegistry;

/**
 * The portal is ready only when every required module WAR has registered since this core started:
 * a registration left over from an earlier run does not count.
 */
@Readiness
@ApplicationScoped
public class ModulesReadyCheck implements HealthCheck {

    @Inject
    ModuleRegistry registry;

    @Inject
    CoreStartup core;

    @Inject
    @ConfigProperty(name = "portal.modules.required", defaultValue = "forum,budget,directory")
    List<String> required;

    @Override
    public HealthCheckResponse call() {
        try {
            Set<String> started = registry.active().stream()
                    .filter(m -> !m.startedAt().isBefore(core.startedAt()))
                    .map(ModuleRegistry.RegisteredModule::getId)
                    .collect(Collectors.toSet());
            Set<String> missing = new TreeSet<>(required);
            missing.removeAll(started);
            return HealthCheckResponse.named("modules").status(missing.isEmpty())
                    .withData("missing", String.join(",", missing)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("modules").down().withData("problem", e.getMessage()).build();
        }
    }
}
