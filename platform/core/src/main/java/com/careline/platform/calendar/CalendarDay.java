package com.careline.platform.calendar;

/**
 * The kind of a dated line in a calendar file ({@code from,to,kind,name}).
 */
public enum CalendarDay {
    /** A public holiday: no working hours, whatever the weekday. */
    HOLIDAY,
    /** 调休上班: a Saturday or Sunday that is a normal working day, paying back a bridged holiday. */
    WORKDAY
}
