package com.careline.platform.events.revisit;

import com.careline.platform.events.Escalated;

/** Event types on {@code careline.revisit.events}; the envelope's subject is always the revisit id. */
public final class RevisitEvents {

    /** A follow-up call was planned; data: {@link RevisitScheduled}. */
    public static final String SCHEDULED = "revisit.scheduled";
    /** An agent called, reached or not; data: {@link RevisitAttempted}. */
    public static final String ATTEMPTED = "revisit.attempted";
    /** A follow-up call reached the customer and recorded the survey; data: {@link RevisitCompleted}. */
    public static final String COMPLETED = "revisit.completed";
    /**
     * The last allowed attempt did not reach the customer and a supervisor must decide what follows (a
     * complaint's call, 003); data: {@link RevisitDecisionRequired}.
     */
    public static final String DECISION_REQUIRED = "revisit.decision-required";
    /** The calls stop without reaching the customer; data: {@link RevisitUnreachable}. */
    public static final String UNREACHABLE = "revisit.unreachable";
    /** A planned call is no longer needed (the case was reopened or resolved again); data: {@link RevisitCancelled}. */
    public static final String CANCELLED = "revisit.cancelled";
    /** The call is overdue past its deadline (SLA ladder); data: {@link Escalated}. */
    public static final String ESCALATED = "revisit.escalated";

    private RevisitEvents() {
    }
}
