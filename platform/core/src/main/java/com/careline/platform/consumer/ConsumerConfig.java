package com.careline.platform.consumer;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** How consumers retry, wait and report. */
@ConfigMapping(prefix = "careline.consumer")
public interface ConsumerConfig {

    /** Backoff of a transient failure: first delay, then doubled up to {@link #retryMaxDelay()}; no limit in time. */
    @WithDefault("PT0.2S")
    Duration retryDelay();

    @WithDefault("PT30S")
    Duration retryMaxDelay();

    NotYet notYet();

    /** How often the parked-record gauges are read from the database. */
    @WithDefault("30s")
    String metricsInterval();

    interface NotYet {

        /** Tries of an event about a case not seen yet, the first included, before it is parked. */
        @WithDefault("8")
        @Min(1)
        int attempts();

        /** Wait before the second try; doubled for each one after (8 tries: about 4 minutes in all). */
        @WithDefault("PT2S")
        Duration delay();

        /** How often waiting events are looked at. */
        @WithDefault("2s")
        String interval();
    }
}
