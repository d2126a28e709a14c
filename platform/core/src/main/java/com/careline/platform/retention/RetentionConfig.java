package com.careline.platform.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long personal data of a closed case is kept (001: electronic records are kept one year). */
@ConfigMapping(prefix = "careline.retention")
public interface RetentionConfig {

    /** From a case's closing to the removal of its personal data. */
    @WithDefault("P365D")
    Duration keep();

    /** How often the job runs ({@code off}: never on its own; ops and tests run it through the API). */
    @WithDefault("6h")
    String interval();

    /** Cases erased per transaction. */
    @WithDefault("200")
    int batchSize();
}
