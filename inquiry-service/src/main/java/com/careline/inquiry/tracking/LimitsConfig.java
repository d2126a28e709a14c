package com.careline.inquiry.tracking;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The express time limits of 001 ("133710"), counted in calendar time from pickup. */
@ConfigMapping(prefix = "careline.inquiry.limits")
public interface LimitsConfig {

    /** 001: same city, 1 day. */
    @WithDefault("P1D")
    Duration sameCity();

    /** 001: other city, 3 days. */
    @WithDefault("P3D")
    Duration otherCity();

    /** 001: international, 7 days. */
    @WithDefault("P7D")
    Duration international();

    /** 001 彻底延误: same city, 3 days. */
    @WithDefault("P3D")
    Duration sameCityFullyDelayed();

    /** 001 彻底延误: other city, 7 days. */
    @WithDefault("P7D")
    Duration otherCityFullyDelayed();

    /** 001 彻底延误: international, 10 days. */
    @WithDefault("P10D")
    Duration internationalFullyDelayed();
}
