package com.careline.platform.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The daily opening hours and the weekdays that are normally worked; holidays and make-up days
 * come from {@link CalendarData}.
 *
 * @param opens        first working instant of a working day (inclusive)
 * @param closes       end of a working day (exclusive), after {@code opens} on the same day
 * @param workingDays  weekdays worked when no holiday or make-up day applies
 */
public record WorkingHours(LocalTime opens, LocalTime closes, Set<DayOfWeek> workingDays) {

    /** Monday to Friday, 08:30 to 17:30: the customer-service desk's published hours. */
    public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(8, 30), LocalTime.of(17, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    /**
     * @throws IllegalArgumentException if {@code opens} is not before {@code closes} or no weekday is worked
     */
    public WorkingHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(workingDays, "workingDays");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("opens " + opens + " must be before closes " + closes);
        }
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("at least one working weekday is required");
        }
        workingDays = Set.copyOf(workingDays);
    }

    /** The length of one working day, {@code closes - opens}: what one day of a duration stands for. */
    public Duration dayLength() {
        return Duration.between(opens, closes);
    }
}
