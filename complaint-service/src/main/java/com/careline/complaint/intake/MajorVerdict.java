package com.careline.complaint.intake;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Whether a complaint is major (重大投诉, 003) and every reason that makes it so, in {@link MajorReason} order. */
public record MajorVerdict(boolean isMajor, Set<MajorReason> reasons) {

    public MajorVerdict {
        Objects.requireNonNull(reasons, "reasons");
        var ordered = EnumSet.noneOf(MajorReason.class);
        ordered.addAll(reasons);
        reasons = Collections.unmodifiableSet(ordered);
        if (isMajor == reasons.isEmpty()) {
            throw new IllegalArgumentException("isMajor must be " + !reasons.isEmpty() + " for reasons " + reasons);
        }
    }

    public static MajorVerdict of(Set<MajorReason> reasons) {
        return new MajorVerdict(!reasons.isEmpty(), reasons);
    }
}
