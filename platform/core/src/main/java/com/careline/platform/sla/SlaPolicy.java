package com.careline.platform.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.careline.platform.calendar.BusinessCalendar;

/**
 * A time limit of the business and its escalation ladder: the clock is due {@code duration} after it
 * starts; rung {@code n} (1-based) is raised {@code ladder[n-1].after} after the due time, to its role.
 * Rung 1 normally has {@code after = 0}: the breach itself. A null {@code duration} means the case sets each
 * clock's due time ({@link SlaClock#startUntil}); the ladder still counts from it.
 */
public record SlaPolicy(String kind, Duration duration, TimeBasis basis, List<Rung> ladder) {

    public record Rung(Duration after, String escalateTo) {
    }

    public SlaPolicy {
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("policy " + kind + ": duration must be positive");
        }
        if (ladder.isEmpty()) {
            throw new IllegalArgumentException("policy " + kind + ": the ladder needs at least one rung");
        }
        for (int i = 1; i < ladder.size(); i++) {
            if (ladder.get(i).after().compareTo(ladder.get(i - 1).after()) <= 0) {
                throw new IllegalArgumentException("policy " + kind + ": rung " + (i + 1) + " must come after rung " + i);
            }
        }
        ladder = List.copyOf(ladder);
    }

    public Instant dueFrom(BusinessCalendar calendar, Instant start) {
        if (duration == null) {
            throw new IllegalStateException("policy " + kind + " has no duration: its case sets the due time");
        }
        return basis.plus(calendar, start, duration);
    }

    /** When rung {@code level} is raised for a clock due at {@code due}; empty past the top of the ladder. */
    public Optional<Instant> escalationAt(BusinessCalendar calendar, Instant due, int level) {
        if (level < 1 || level > ladder.size()) {
            return Optional.empty();
        }
        return Optional.of(basis.plus(calendar, due, ladder.get(level - 1).after()));
    }

    public Rung rung(int level) {
        return ladder.get(level - 1);
    }
}
