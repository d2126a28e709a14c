package com.careline.reporting.complaints;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.errors.NotFound;
import com.careline.platform.security.BranchScope;
import com.careline.reporting.complaints.MonthlyAnalysis.MajorComplaint;
import com.careline.reporting.complaints.MonthlyAnalysis.MeasureLine;
import com.careline.reporting.complaints.MonthlyAnalysis.MonthCount;
import com.careline.reporting.complaints.MonthlyAnalysis.RepeatCustomer;
import com.careline.reporting.complaints.MonthlyAnalysis.Share;

/**
 * Builds the monthly analysis from the pre-aggregated counts (a few hundred rows a month, whatever the
 * number of complaints), a range scan of the repeat customers' counts and one of the fact table (majors).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MonthlyAnalyst {

    static final int TREND_MONTHS = 6;
    static final double VITAL_FEW = 0.8;

    private final EntityManager em;
    private final BranchScope scope;

    MonthlyAnalyst(EntityManager em, BranchScope scope) {
        this.em = em;
        this.scope = scope;
    }

    public MonthlyAnalysis analyse(YearMonth month, String requestedBranch) {
        String branch = branchFor(requestedBranch);
        LocalDate first = month.atDay(1);
        List<Share> byCause = shares(counts("category", first, branch));
        long total = byCause.stream().mapToLong(Share::count).sum();
        return new MonthlyAnalysis(month, branch, total, majorCount(first, branch), byCause,
                shares(counts("branch", first, branch)), shares(counts("channel", first, branch)),
                vitalFew(byCause), trend(month, branch), repeatCustomers(first, branch), majors(first, branch),
                measures(first));
    }

    /** The caller's own branch for branch users; a named branch must have complaints on record. */
    private String branchFor(String requested) {
        String branch = scope.narrow(requested);
        if (branch != null && em.createNativeQuery("select 1 from complaint_monthly where branch = :b limit 1")
                .setParameter("b", branch).getResultList().isEmpty()) {
            throw new NotFound("branch", branch);
        }
        return branch;
    }

    private List<Object[]> counts(String dimension, LocalDate month, String branch) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + dimension + ", sum(registered) from complaint_monthly "
                + "where month = :month and (cast(:branch as text) is null or branch = cast(:branch as text)) "
                + "group by " + dimension + " order by 2 desc, 1")
                .setParameter("month", month).setParameter("branch", branch).getResultList();
        return rows;
    }

    static List<Share> shares(List<Object[]> rows) {
        long total = rows.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
        List<Share> shares = new ArrayList<>();
        long running = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            running += count;
            shares.add(new Share((String) row[0], count, ratio(count, total), ratio(running, total)));
        }
        return shares;
    }

    /** The causes up to and including the one that takes the cumulative share to 80 %. */
    static List<String> vitalFew(List<Share> pareto) {
        List<String> few = new ArrayList<>();
        for (Share share : pareto) {
            few.add(share.key());
            if (share.cumulativeShare() >= VITAL_FEW) {
                break;
            }
        }
        return few;
    }

    private long majorCount(LocalDate month, String branch) {
        return ((Number) em.createNativeQuery("select coalesce(sum(major), 0) from complaint_monthly where month = :month "
                + "and (cast(:branch as text) is null or branch = cast(:branch as text))")
                .setParameter("month", month).setParameter("branch", branch).getSingleResult()).longValue();
    }

    private List<MonthCount> trend(YearMonth month, String branch) {
        YearMonth from = month.minusMonths(TREND_MONTHS - 1L);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select month, sum(registered) from complaint_monthly "
                + "where month between :from and :to "
                + "and (cast(:branch as text) is null or branch = cast(:branch as text)) group by month")
                .setParameter("from", from.atDay(1)).setParameter("to", month.atDay(1)).setParameter("branch", branch)
                .getResultList();
        Map<YearMonth, Long> byMonth = new HashMap<>();
        for (Object[] row : rows) {
            byMonth.put(YearMonth.from(toDate(row[0])), ((Number) row[1]).longValue());
        }
        List<MonthCount> trend = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(month); m = m.plusMonths(1)) {
            trend.add(new MonthCount(m, byMonth.getOrDefault(m, 0L)));
        }
        return trend;
    }

    private List<RepeatCustomer> repeatCustomers(LocalDate month, String branch) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select customer_key, complaints from complaint_customer_monthly "
                + "where month = :month and branch = coalesce(cast(:branch as text), '*') and complaints > 1 "
                + "order by complaints desc, customer_key limit 50")
                .setParameter("month", month).setParameter("branch", branch).getResultList();
        return rows.stream().map(r -> new RepeatCustomer((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    private List<MajorComplaint> majors(LocalDate month, String branch) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select number, branch, category, received_at from complaint_fact "
                + "where month = :month and major "
                + "and (cast(:branch as text) is null or branch = cast(:branch as text)) order by received_at limit 200")
                .setParameter("month", month).setParameter("branch", branch).getResultList();
        return rows.stream().map(r -> new MajorComplaint((String) r[0], (String) r[1], (String) r[2],
                toInstant(r[3]))).toList();
    }

    private List<MeasureLine> measures(LocalDate month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cause, measure, owner, status from preventive_measure "
                + "where month = :month order by cause, measure").setParameter("month", month).getResultList();
        return rows.stream().map(r -> new MeasureLine((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
