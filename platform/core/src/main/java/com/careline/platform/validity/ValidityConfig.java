package com.careline.platform.validity;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long after a waybill's pickup a complaint or claim about it may be raised ({@link ValidityPeriod}). */
@ConfigMapping(prefix = "careline.validity")
public interface ValidityConfig {

    /** 001 line 3, "处理有效期,收寄之时限1年": one year from pickup. */
    @WithDefault("P1Y")
    Period raiseWithin();
}
