package com.careline.platform.validity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.errors.InvalidRequest;

/**
 * 001 (处理有效期): a complaint or claim about a waybill is raised within a year of its pickup. Checked when
 * the pickup date is known; a case whose waybill was picked up earlier is refused with the field named.
 */
@ApplicationScoped
public class ValidityPeriod {

    private final Period raiseWithin;
    private final CalendarConfig calendar;
    private final Clock clock;

    ValidityPeriod(ValidityConfig config, CalendarConfig calendar, Clock clock) {
        this.raiseWithin = config.raiseWithin();
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Throws a 400 naming {@code field} when {@code pickedUpOn} (null: unknown) lies outside the period. */
    public void requireRaisable(String field, LocalDate pickedUpOn) {
        if (pickedUpOn == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        if (pickedUpOn.isAfter(today)) {
            throw new InvalidRequest(field, "is after today (" + today + ")");
        }
        requireWithinPeriod(field, pickedUpOn, today, "");
    }

    /**
     * As {@link #requireRaisable}, for the pickup date the branches' scans gave the waybill of {@code field}: a
     * scan dated after today (a branch's clock ahead) proves nothing, so only the period is checked.
     */
    public void requireRaisableScanned(String field, LocalDate scannedOn) {
        requireWithinPeriod(field, scannedOn, LocalDate.now(clock.withZone(calendar.zone())), " (its pickup scan)");
    }

    private void requireWithinPeriod(String field, LocalDate pickedUpOn, LocalDate today, String source) {
        LocalDate earliest = today.minus(raiseWithin);
        if (pickedUpOn.isBefore(earliest)) {
            throw new InvalidRequest(field, "the waybill was picked up on " + pickedUpOn + source + ", more than "
                    + raiseWithin + " ago: a case is raised within " + raiseWithin + " of pickup (001 处理有效期)");
        }
    }
}
