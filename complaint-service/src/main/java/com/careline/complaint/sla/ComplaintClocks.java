package com.careline.complaint.sla;

/** The kinds of the complaint's SLA clocks, configured under careline.sla.policies.<kind>. */
public final class ComplaintClocks {

    /** 001: a complaint gets its first response within 1 hour. */
    public static final String FIRST_RESPONSE = "complaint-first-response";

    private ComplaintClocks() {
    }
}
