package com.careline.complaint.complaint;

import java.util.EnumSet;
import java.util.Set;

import com.careline.platform.errors.Conflict;

/**
 * Where a complaint stands, and which step each state allows. A complaint is closed only when the
 * follow-up call finds the customer satisfied (003); an unsatisfied call or a returning customer reopens it.
 */
public enum ComplaintStatus {
    REGISTERED,
    /** The first response reached the customer. */
    ACKNOWLEDGED,
    /** With a responsible department (责任部门), which reports progress and its handling. */
    TRANSFERRED,
    /** Handled and told to the customer; waiting for the follow-up call. */
    RESOLVED,
    CLOSED,
    /** Back in handling: the follow-up call found the customer unsatisfied, or the customer came back. */
    REOPENED;

    /** The steps of the process, each allowed from some states only. */
    public enum Step {
        /** The first response, also once the complaint is with a department (003 (2): within the hour, whoever has it). */
        ACKNOWLEDGE(EnumSet.of(REGISTERED, TRANSFERRED)),
        TRANSFER(EnumSet.of(REGISTERED, ACKNOWLEDGED, TRANSFERRED, REOPENED)),
        /** 003 (4): every complaint not handled within 3 working days of receipt, transferred or not. */
        REPORT_PROGRESS(EnumSet.of(REGISTERED, ACKNOWLEDGED, TRANSFERRED, REOPENED)),
        RESOLVE(EnumSet.of(REGISTERED, ACKNOWLEDGED, TRANSFERRED, REOPENED)),
        CLOSE(EnumSet.of(RESOLVED)),
        REOPEN(EnumSet.of(RESOLVED, CLOSED)),
        CHANGE_OWNER(EnumSet.of(REGISTERED, ACKNOWLEDGED, TRANSFERRED, RESOLVED, REOPENED)),
        COMPENSATE(EnumSet.of(REGISTERED, ACKNOWLEDGED, TRANSFERRED, REOPENED)),
        MARK_MAJOR(EnumSet.of(REGISTERED, ACKNOWLEDGED, TRANSFERRED, REOPENED));

        private final Set<ComplaintStatus> from;

        Step(Set<ComplaintStatus> from) {
            this.from = from;
        }

        public boolean isAllowedFrom(ComplaintStatus status) {
            return from.contains(status);
        }
    }

    /** Throws {@link Conflict} (409) unless {@code step} is allowed in this state. */
    public void require(Step step) {
        if (!step.isAllowedFrom(this)) {
            throw new Conflict("a " + name().toLowerCase() + " complaint cannot be " + past(step));
        }
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    private static String past(Step step) {
        return switch (step) {
            case ACKNOWLEDGE -> "acknowledged";
            case TRANSFER -> "transferred";
            case REPORT_PROGRESS -> "given a progress report";
            case RESOLVE -> "resolved";
            case CLOSE -> "closed";
            case REOPEN -> "reopened";
            case CHANGE_OWNER -> "handed over";
            case COMPENSATE -> "offered compensation";
            case MARK_MAJOR -> "marked major";
        };
    }
}
