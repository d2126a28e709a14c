package com.careline.platform.sla;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.health.api.Wellness;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** DOWN on {@code /q/health/well} while clocks are quarantined: an alert, not a reason to stop serving. */
@Wellness
@ApplicationScoped
public class SlaHealth implements HealthCheck {

    private final SlaTicker ticker;

    SlaHealth(SlaTicker ticker) {
        this.ticker = ticker;
    }

    @Override
    public HealthCheckResponse call() {
        long quarantined = ticker.quarantined();
        return HealthCheckResponse.named("sla-clocks").status(quarantined == 0).withData("quarantined", quarantined)
                .build();
    }
}
