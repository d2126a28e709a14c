package com.careline.revisit.complaint;

import jakarta.validation.constraints.Min;

import com.careline.platform.sla.TimeBasis;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The follow-up window after a complaint, in days after the day it was received ({@link FollowUpWindow}). */
@ConfigMapping(prefix = "careline.revisit.complaint")
public interface FollowUpConfig {

    /** 003: "第5天~第7天". */
    @WithDefault("5")
    @Min(1)
    int windowFirstDay();

    @WithDefault("7")
    @Min(1)
    int windowLastDay();

    /** 003 counts days: CALENDAR (its working days are called); WORKING counts working days instead. */
    @WithDefault("CALENDAR")
    TimeBasis windowBasis();
}
