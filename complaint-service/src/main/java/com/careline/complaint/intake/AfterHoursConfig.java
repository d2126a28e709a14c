package com.careline.complaint.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Complaints received outside working hours ({@link AfterHours}). */
@ConfigMapping(prefix = "careline.complaint.after-hours")
public interface AfterHoursConfig {

    /**
     * 003 line 57: the first-response and hand-off clocks of a complaint received outside working hours and
     * not judged urgent count from the next opening; false: from receipt.
     */
    @WithDefault("true")
    boolean fromNextOpening();
}
