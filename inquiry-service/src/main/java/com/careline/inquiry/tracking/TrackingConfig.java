package com.careline.inquiry.tracking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Delay detection: how often it runs and how many waybills one transaction handles. */
@ConfigMapping(prefix = "careline.inquiry.tracking")
public interface TrackingConfig {

    /** Interval of the scheduled detector; {@code off} in tests, which call {@code DelayDetector.detect()}. */
    @WithDefault("60s")
    String detectInterval();

    @WithDefault("200")
    @Min(1)
    int detectBatchSize();
}
