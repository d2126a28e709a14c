package com.careline.platform.consumer;

import com.careline.platform.errors.DatabaseFailures;

/** What becomes of an event whose effect failed; decided here, for every consumer. */
public enum Outcome {

    /**
     * The failure says nothing about the event (database away, restarting or failing over, pool exhausted,
     * serialisation failure, deadlock, optimistic-lock conflict): the same batch is tried again, with capped
     * exponential backoff, for as long as the fault lasts. Never parked; its partition waits meanwhile.
     */
    TRANSIENT,
    /** The event is about a case this consumer has not seen yet ({@link NotYetApplicable}): tried later, bounded. */
    NOT_YET,
    /** Not an envelope, an unknown type, invalid data, or an event the domain refuses: parked with the reason. */
    PERMANENT;

    public static Outcome of(Throwable failure) {
        if (DatabaseFailures.transientFailure(failure)) {
            return TRANSIENT;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NotYetApplicable) {
                return NOT_YET;
            }
        }
        return PERMANENT;
    }
}
