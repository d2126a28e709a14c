package com.careline.platform.events.complaint;

/** Event types on {@code careline.complaint.events}. */
public final class ComplaintEvents {

    public static final String REGISTERED = "complaint.registered";

    private ComplaintEvents() {
    }
}
