package com.careline.inquiry.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;

/** The default route of work orders that no rule matches (002: nothing may be left unrouted). */
@ConfigMapping(prefix = "careline.inquiry.routing")
public interface RoutingConfig {

    /** Headquarters' customer-service desk takes what no rule routes. */
    @WithDefault("CUSTOMER_SERVICE")
    @NotBlank
    String defaultDepartment();

    @WithDefault("HQ-GENERAL")
    @NotBlank
    String defaultQueue();
}
