package com.careline.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.logging.Log;

/** The service's business calendar: shipped holiday files, then the optional ops folder on top. */
public class CalendarProducer {

    @Produces
    @Singleton
    BusinessCalendar calendar(CalendarConfig config, Clock clock) {
        CalendarData data = CalendarData.loadClasspath(CalendarProducer.class.getClassLoader(), "calendar/index.txt");
        if (config.directory().isPresent()) {
            data = CalendarData.merge(data, CalendarData.loadDirectory(config.directory().get()));
        }
        BusinessCalendar calendar = new BusinessCalendar(config.zone(),
                new WorkingHours(config.opens(), config.closes(), config.workingDays()), data);
        int year = LocalDate.now(clock.withZone(config.zone())).getYear();
        for (int y : new int[] {year, year + 1}) {
            if (!calendar.covers(y)) {
                Log.warnf("business calendar has no holiday data for %d: weekends only until a file is added", y);
            }
        }
        return calendar;
    }
}
