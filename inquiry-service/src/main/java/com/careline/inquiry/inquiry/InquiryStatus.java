package com.careline.inquiry.inquiry;

import java.util.EnumSet;
import java.util.Set;

import com.careline.platform.errors.Conflict;

/**
 * An inquiry's life (002): answered at once and {@code CLOSED}, or {@code DISPATCHED} as a work order, then
 * {@code ANSWERED} by the handler, {@code REPLIED} to the customer, {@code SURVEYED}; an unsatisfied result
 * caused by the company sends it back to {@code DISPATCHED}; finally {@code ARCHIVED}.
 */
public enum InquiryStatus {
    REGISTERED, DISPATCHED, ANSWERED, REPLIED, SURVEYED, CLOSED, ARCHIVED;

    /** The steps of an inquiry and the states each may start from. */
    public enum Step {
        ANSWER_AT_ONCE(EnumSet.of(REGISTERED)),
        DISPATCH(EnumSet.of(REGISTERED)),
        RECORD_ANSWER(EnumSet.of(DISPATCHED)),
        REPLY(EnumSet.of(ANSWERED)),
        RECORD_SATISFACTION(EnumSet.of(REPLIED, CLOSED)),
        SEND_BACK(EnumSet.of(SURVEYED)),
        ARCHIVE(EnumSet.of(CLOSED, REPLIED, SURVEYED)),
        PROMOTE(EnumSet.of(ANSWERED, REPLIED, SURVEYED, CLOSED, ARCHIVED));

        private final Set<InquiryStatus> from;

        Step(Set<InquiryStatus> from) {
            this.from = from;
        }

        public boolean isAllowedFrom(InquiryStatus status) {
            return from.contains(status);
        }
    }

    /** Throws {@link Conflict} (409) when {@code step} may not start from this status. */
    public void require(Step step) {
        if (!step.isAllowedFrom(this)) {
            throw new Conflict("cannot " + step.name().toLowerCase().replace('_', ' ') + " an inquiry that is "
                    + name());
        }
    }
}
