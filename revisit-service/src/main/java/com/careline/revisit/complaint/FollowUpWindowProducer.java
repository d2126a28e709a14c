package com.careline.revisit.complaint;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.careline.platform.calendar.BusinessCalendar;

/** The configured follow-up window over the service's working days. */
public class FollowUpWindowProducer {

    @Produces
    @Singleton
    FollowUpWindow window(BusinessCalendar days, FollowUpConfig config) {
        return new FollowUpWindow(days, config.windowBasis(), config.windowFirstDay(), config.windowLastDay());
    }
}
