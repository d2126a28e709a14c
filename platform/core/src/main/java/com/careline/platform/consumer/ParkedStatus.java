package com.careline.platform.consumer;

import java.util.List;

import com.careline.platform.errors.InvalidRequest;

/** Where a record a consumer could not act on stands (see the migration V1001 for each state). */
public enum ParkedStatus {
    WAITING, PARKED, HELD, REPLAYED, DISCARDED;

    /** States that hold a case's later events behind them. */
    static final List<String> OPEN = List.of(WAITING.name(), PARKED.name(), HELD.name());

    /** A query parameter's value; null for none, a 400 naming {@code status} for an unknown one. */
    static ParkedStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("status", "must be one of " + java.util.Arrays.toString(values()));
        }
    }

    boolean open() {
        return OPEN.contains(name());
    }
}
