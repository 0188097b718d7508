package org.oursociety.portal.api.internal.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.oursociety.portal.api.internal.startup.StartupState;

/** Each WAR is ready for {@code /health/ready} once its schema is migrated and it is registered. */
@Readiness
@ApplicationScoped
public class WarReadinessCheck implements HealthCheck {

    @Inject
    StartupState state;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(state.name() + "-started").status(state.isReady());
        if (state.problem() != null) {
            response.withData("problem", state.problem());
        }
        return response.build();
    }
}
