package com.careline.platform.events.complaint;

/** The kinds of a complaint's SLA clocks, configured under {@code careline.sla.policies.<kind>}. */
public final class ComplaintClocks {

    /** 001 "投诉1时回": the first response within 1 hour. Stopped by acknowledge or resolve. */
    public static final String FIRST_RESPONSE = "complaint-first-response";
    /** 003: a major complaint reaches the head clerk within 30 minutes. Stopped when the clerk takes it. */
    public static final String MAJOR_HANDOFF = "complaint-major-handoff";
    /** 003: a department not done within 3 working days files a progress report. Started at transfer. */
    public static final String PROGRESS_REPORT = "complaint-progress-report";
    /** The result reaches the customer within 7 days of receipt (express regulation). Restarted on reopen. */
    public static final String RESOLUTION = "complaint-resolution";

    private ComplaintClocks() {
    }
}
