package com.careline.platform.consumer;

import java.util.List;

/** Where a record a consumer could not act on stands (see the migration V1001 for each state). */
public enum ParkedStatus {
    WAITING, PARKED, HELD, REPLAYED, DISCARDED;

    /** States that hold a case's later events behind them. */
    static final List<String> OPEN = List.of(WAITING.name(), PARKED.name(), HELD.name());

    boolean open() {
        return OPEN.contains(name());
    }
}
