package com.careline.platform.numbers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Case numbers: how many a service takes from its sequence at once. */
@ConfigMapping(prefix = "careline.numbers")
public interface NumbersConfig {

    /**
     * Numbers fetched per round trip and kept by the instance until used. 1 gives numbers in registration
     * order across instances; more saves a round trip per new case at the price of that order between
     * instances and of up to this many unused numbers when an instance stops.
     */
    @WithDefault("20")
    @Min(1)
    @Max(1000)
    int blockSize();
}
