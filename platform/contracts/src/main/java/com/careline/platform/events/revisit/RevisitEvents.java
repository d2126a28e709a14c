package com.careline.platform.events.revisit;

/** Event types on {@code careline.revisit.events}. */
public final class RevisitEvents {

    /** A follow-up call reached the customer and recorded the survey; data: {@link RevisitCompleted}. */
    public static final String COMPLETED = "revisit.completed";

    private RevisitEvents() {
    }
}
