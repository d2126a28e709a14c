package com.careline.reporting.kpi;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/** Complaint KPIs of complaints received in [from, to]. Durations are wall-clock, ISO-8601. */
public record Kpis(
        LocalDate from,
        LocalDate to,
        String branch,
        String channel,
        String category,
        long opened,
        long resolved,
        long open,
        /** Open and past at least one deadline. */
        long overdue,
        Duration firstResponseP50,
        Duration firstResponseP90,
        Duration resolutionP50,
        Duration resolutionP90,
        /** Share of complaints reopened at least once. */
        double reopenRate,
        /** Closed, after a satisfied follow-up call or as unreachable. */
        long closed,
        /** Of those, closed because the customer could not be reached (003 (5): the one exception, apart). */
        long closedUnreachable,
        /** Per clock kind: the share of complaints that had the clock and never breached it. */
        Map<String, Double> slaAttainment,
        Map<Integer, Long> escalationsByLevel,
        Satisfaction satisfaction) {

    /** Follow-up calls on these complaints; RATER averages on the 1–5 scale (000). */
    public record Satisfaction(long surveys, double satisfiedRate, Double reliability, Double assurance,
            Double tangibles, Double empathy, Double responsiveness) {
    }
}
