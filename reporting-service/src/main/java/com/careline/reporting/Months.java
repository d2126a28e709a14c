package com.careline.reporting;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import com.careline.platform.errors.InvalidRequest;

/** Reads a {@code yyyy-MM} query parameter; a malformed one is a 400 that names the parameter. */
public final class Months {

    private Months() {
    }

    public static YearMonth parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name, "must be a month as yyyy-MM, e.g. 2026-10");
        }
    }
}
