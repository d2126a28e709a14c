package com.careline.platform.events.inquiry;

/** The kinds of an inquiry's SLA clocks, configured under {@code careline.sla.policies.<kind>}. */
public final class InquiryClocks {

    /** 002: the customer has the reply within 1 working day of acceptance. Stopped by the reply. */
    public static final String REPLY = "inquiry-reply";
    /** 001: a tracking query not answered at once is answered within 30 minutes. Stopped by the answer. */
    public static final String TRACKING_ANSWER = "inquiry-tracking-answer";

    private InquiryClocks() {
    }
}
