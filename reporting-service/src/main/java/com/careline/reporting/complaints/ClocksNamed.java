package com.careline.reporting.complaints;

import java.util.List;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.complaint.ComplaintClocks;
import com.careline.platform.events.complaint.ComplaintEvents;

/**
 * The clocks a complaint event started, as the event names them, joined for one text column of a multi-row
 * statement. Events published before they named their clocks (null) started what complaint-service started
 * then: first response and resolution at registration (and the hand-off if major), the progress report at a
 * transfer, the resolution at a reopen. That is history, not today's rule, which lives in complaint-service.
 */
final class ClocksNamed {

    private ClocksNamed() {
    }

    static String of(ComplaintEvents.Registered r) {
        if (r.clocks() != null) {
            return join(r.clocks());
        }
        return r.major() ? join(List.of(ComplaintClocks.FIRST_RESPONSE, ComplaintClocks.RESOLUTION,
                ComplaintClocks.MAJOR_HANDOFF)) : join(List.of(ComplaintClocks.FIRST_RESPONSE, ComplaintClocks.RESOLUTION));
    }

    static String of(ComplaintEvents.MarkedMajor m) {
        return join(m.clocks() != null ? m.clocks() : List.of(ComplaintClocks.MAJOR_HANDOFF));
    }

    static String of(ComplaintEvents.Transferred t) {
        return join(t.clocks() != null ? t.clocks() : List.of(ComplaintClocks.PROGRESS_REPORT));
    }

    static String of(ComplaintEvents.Reopened r) {
        return join(r.clocks() != null ? r.clocks() : List.of(ComplaintClocks.RESOLUTION));
    }

    private static String join(List<String> kinds) {
        for (String kind : kinds) {
            if (kind == null || kind.isBlank() || kind.contains(",")) {
                throw new EventCodec.MalformedEvent("clock kind '" + kind + "'");
            }
        }
        return String.join(",", kinds);
    }
}
