package com.careline.complaint.compensation;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMin;

@ConfigMapping(prefix = "careline.complaint.compensation")
public interface CompensationConfig {

    /** Yuan; an offer above it waits for the division manager (003). */
    @WithDefault("1000")
    @DecimalMin("0")
    BigDecimal approvalThreshold();
}
