package com.careline.platform.calendar;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Working hours and where the holiday data comes from. */
@ConfigMapping(prefix = "careline.calendar")
public interface CalendarConfig {

    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    @WithDefault("08:30")
    LocalTime opens();

    @WithDefault("17:30")
    LocalTime closes();

    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    Set<DayOfWeek> workingDays();

    /**
     * A folder of {@code <region>-<year>.csv} files read at startup besides the shipped ones: ops add the
     * next year's holidays (published each November) here, e.g. from a ConfigMap, without a release.
     */
    Optional<Path> directory();
}
