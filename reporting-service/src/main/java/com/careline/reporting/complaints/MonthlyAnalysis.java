package com.careline.reporting.complaints;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** 客户投诉分析月报 (003): what the customer-service manager reads each month. */
public record MonthlyAnalysis(
        YearMonth month,
        /** null for every branch the caller sees */
        String branch,
        long total,
        long major,
        /** Causes by count, most frequent first, with the cumulative share: the Pareto. */
        List<Share> byCause,
        List<Share> byBranch,
        List<Share> byChannel,
        /** The causes making up the first 80 % of complaints (the vital few). */
        List<String> frequentCauses,
        /** This month and the five before it, oldest first. */
        List<MonthCount> trend,
        List<RepeatCustomer> repeatCustomers,
        List<MajorComplaint> majorComplaints,
        List<MeasureLine> preventiveMeasures) {

    public record Share(String key, long count, double share, double cumulativeShare) {
    }

    public record MonthCount(YearMonth month, long count) {
    }

    public record RepeatCustomer(String customerKey, long complaints) {
    }

    public record MajorComplaint(String number, String branch, String category, Instant receivedAt) {
    }

    public record MeasureLine(String cause, String measure, String owner, String status) {
    }
}
