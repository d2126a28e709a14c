package com.careline.inquiry.customer;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The customer record's settings. */
@ConfigMapping(prefix = "careline.customers")
public interface CustomerConfig {

    /** How long the branch has to settle a monthly-account customer whose address changed ({@link SettlementRule}). */
    @WithDefault("P1D")
    Duration settleWithin();
}
