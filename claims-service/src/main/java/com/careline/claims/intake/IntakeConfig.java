package com.careline.claims.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;

@ConfigMapping(prefix = "careline.claims.intake")
public interface IntakeConfig {

    /** ISO 4217; the one currency claims are stated and paid in. */
    @WithDefault("CNY")
    @Pattern(regexp = "[A-Z]{3}")
    String currency();
}
