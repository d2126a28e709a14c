package com.careline.revisit.call;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often an agent tries to reach a customer before the revisit is marked unreachable. */
@ConfigMapping(prefix = "careline.revisit.calls")
public interface CallConfig {

    /** Three tries on three working days: the issue leaves the number to configuration. */
    @WithDefault("3")
    @Min(1)
    @Max(20)
    int maxAttempts();
}
