package com.careline.platform.consumer;

/**
 * Thrown by a handler for an event about a case it has not seen yet, because the event that introduces the
 * case arrives by another topic (a follow-up result before the complaint, say). The event waits and is
 * tried again later, a bounded number of times ({@code careline.consumer.not-yet.*}), then is parked.
 */
public class NotYetApplicable extends RuntimeException {

    public NotYetApplicable(String reason) {
        super(reason);
    }
}
