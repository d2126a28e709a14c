package com.careline.platform.events.revisit;

/**
 * The SLA clock kinds of a revisit (policies in application.properties). The clock of a complaint's call
 * starts when its window opens and is due when it closes; a late call's clock runs over its one day.
 */
public final class RevisitClocks {

    /** Day 5 to day 7 after the complaint was received (003): due at the closing of working day 7. */
    public static final String COMPLAINT_WINDOW = "revisit-complaint-window";
    /** Resolved after the window: the call is due by the closing of the next working day. */
    public static final String COMPLAINT_LATE = "revisit-complaint-late";
    /** The last call failed: a supervisor decides whether to try again or to close as unreachable. */
    public static final String DECISION = "revisit-decision";
    /** The supervisor decided to try again: the new calls run from the chosen day. */
    public static final String RETRY = "revisit-retry";

    /** The clocks of calls still to make. */
    public static final String[] CALLS = {COMPLAINT_WINDOW, COMPLAINT_LATE, RETRY};
    public static final String[] KINDS = {COMPLAINT_WINDOW, COMPLAINT_LATE, RETRY, DECISION};

    private RevisitClocks() {
    }
}
