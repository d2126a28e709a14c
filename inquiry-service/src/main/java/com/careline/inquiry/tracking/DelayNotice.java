package com.careline.inquiry.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A delay noticed on a waybill, waiting for its work order ({@link DelayDetector}); a row of {@code delay_notice}. */
record DelayNotice(long seq, String waybillNo, DelayDetector.Level level, String branch, String routeType,
        Instant pickedUpAt, Instant promisedAt, Instant fullyDelayedAt, Instant noticedAt) {

    /** The columns {@link #read} takes, in its order. */
    static final String COLUMNS = "seq, waybill_no, level, branch, route_type, picked_up_at, promised_at, "
            + "fully_delayed_at, noticed_at";

    static DelayNotice read(ResultSet rs) throws SQLException {
        return new DelayNotice(rs.getLong(1), rs.getString(2), DelayDetector.Level.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), instant(rs, 6), instant(rs, 7), instant(rs, 8), instant(rs, 9));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /** The work order's content: the level, the route and the limit passed. */
    String describe() {
        return level.label + ": " + routeType + " route, picked up " + pickedUpAt + ", due "
                + (level == DelayDetector.Level.DELAYED ? promisedAt : fullyDelayedAt);
    }
}
