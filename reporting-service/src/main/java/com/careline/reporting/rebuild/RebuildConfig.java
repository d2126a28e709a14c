package com.careline.reporting.rebuild;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The rebuild of the read models into fresh tables ({@link Rebuild}). */
@ConfigMapping(prefix = "careline.rebuild")
public interface RebuildConfig {

    /** How often each pod looks for a run that no pod is filling (a new one, or one whose pod went away). */
    @WithDefault("2s")
    Duration checkInterval();

    /** The rebuild swaps its tables in once it is this many records behind the topics' ends, or fewer. */
    @WithDefault("500")
    long swapLag();

    /**
     * How long the live consumers may be paused for the swap: the rebuild reads to the topics' ends meanwhile.
     * Past it, they go on, the rebuild catches up and tries again.
     */
    @WithDefault("15s")
    Duration swapWait();
}
