package com.careline.platform.time;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A {@code timestamptz} column read by a native query, as the driver and Hibernate happen to hand it over. */
public final class SqlInstants {

    private SqlInstants() {
    }

    public static Instant of(Object value) {
        return value == null ? null : value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant()
                : ((Timestamp) value).toInstant();
    }
}
