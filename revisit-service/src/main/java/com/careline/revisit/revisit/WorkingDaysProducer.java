package com.careline.revisit.revisit;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.calendar.CalendarConfig;

/** The service's {@link WorkingDays}: the platform calendar with its configured zone and hours. */
public class WorkingDaysProducer {

    @Produces
    @Singleton
    WorkingDays workingDays(BusinessCalendar calendar, CalendarConfig config) {
        return new WorkingDays(calendar, config.zone(), config.opens(), config.closes());
    }
}
