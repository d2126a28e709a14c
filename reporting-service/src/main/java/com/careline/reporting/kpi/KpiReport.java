package com.careline.reporting.kpi;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.security.BranchScope;
import com.careline.reporting.Period;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KpiReport {

    private static final String FILTER = " f.received_at >= :from and f.received_at < :to"
            + " and (cast(:branch as text) is null or f.branch = cast(:branch as text))"
            + " and (cast(:channel as text) is null or f.channel = cast(:channel as text))"
            + " and (cast(:category as text) is null or f.category = cast(:category as text))";

    private final EntityManager em;
    private final BranchScope scope;
    private final ZoneId zone;

    KpiReport(EntityManager em, BranchScope scope, CalendarConfig calendar) {
        this.em = em;
        this.scope = scope;
        this.zone = calendar.zone();
    }

    public Kpis compute(Period period, String requestedBranch, String channel, String category) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        String branch = scope.narrow(requestedBranch);
        Object[] totals = (Object[]) bind(em.createNativeQuery("select count(*),"
                + " count(*) filter (where f.resolved_at is not null),"
                + " count(*) filter (where f.resolved_at is null and f.closed_at is null),"
                + " count(*) filter (where f.resolved_at is null and f.closed_at is null and f.escalation_level > 0),"
                + percentiles("f.acknowledged_at") + "," + percentiles("f.resolved_at") + ","
                + " count(*) filter (where f.reopened > 0),"
                + " count(*) filter (where f.closed_at is not null),"
                + " count(*) filter (where f.closed_at is not null and f.closed_unreachable)"
                + " from complaint_fact f where" + FILTER), from, to, branch, channel, category).getSingleResult();
        long opened = number(totals[0]);
        return new Kpis(from, to, branch, channel, category, opened, number(totals[1]), number(totals[2]),
                number(totals[3]), seconds(totals[4]), seconds(totals[5]), seconds(totals[6]), seconds(totals[7]),
                opened == 0 ? 0 : round((double) number(totals[8]) / opened), number(totals[9]), number(totals[10]),
                attainment(from, to, branch, channel, category), escalations(from, to, branch, channel, category),
                satisfaction(from, to, branch, channel, category));
    }

    private static String percentiles(String column) {
        String seconds = "extract(epoch from " + column + " - f.received_at)";
        return " percentile_cont(0.5) within group (order by " + seconds + ") filter (where " + column + " is not null),"
                + " percentile_cont(0.9) within group (order by " + seconds + ") filter (where " + column + " is not null)";
    }

    /**
     * Per clock kind, over the complaints that had the clock (as their events named it): the share that never
     * breached it. One statement for every kind; a kind no complaint of the period had is absent.
     */
    private Map<String, Double> attainment(LocalDate from, LocalDate to, String branch, String channel, String category) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select k.kind, count(*), count(*) filter (where exists ("
                + "select 1 from complaint_escalation e where e.complaint_id = f.complaint_id and e.clock_kind = k.kind))"
                + " from complaint_fact f cross join unnest(f.clocks) as k(kind) where" + FILTER
                + " group by k.kind order by k.kind"), from, to, branch, channel, category).getResultList();
        Map<String, Double> attainment = new LinkedHashMap<>();
        for (Object[] row : rows) {
            attainment.put((String) row[0], round(1 - (double) number(row[2]) / number(row[1])));
        }
        return attainment;
    }

    private Map<Integer, Long> escalations(LocalDate from, LocalDate to, String branch, String channel, String category) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select e.level, count(*) from complaint_escalation e"
                + " join complaint_fact f on f.complaint_id = e.complaint_id where" + FILTER + " group by e.level"),
                from, to, branch, channel, category).getResultList();
        Map<Integer, Long> byLevel = new TreeMap<>();
        rows.forEach(r -> byLevel.put(((Number) r[0]).intValue(), number(r[1])));
        return byLevel;
    }

    private Kpis.Satisfaction satisfaction(LocalDate from, LocalDate to, String branch, String channel,
            String category) {
        Object[] row = (Object[]) bind(em.createNativeQuery("select count(*), count(*) filter (where r.satisfied),"
                + " avg(r.reliability), avg(r.assurance), avg(r.tangibles), avg(r.empathy), avg(r.responsiveness)"
                + " from revisit_outcome r join complaint_fact f on r.case_id = cast(f.complaint_id as text)"
                + " where r.case_type = 'COMPLAINT' and" + FILTER), from, to, branch, channel, category)
                .getSingleResult();
        long surveys = number(row[0]);
        return new Kpis.Satisfaction(surveys, surveys == 0 ? 0 : round((double) number(row[1]) / surveys),
                average(row[2]), average(row[3]), average(row[4]), average(row[5]), average(row[6]));
    }

    private Query bind(Query query, LocalDate from, LocalDate to, String branch, String channel, String category) {
        return query.setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("branch", branch).setParameter("channel", channel).setParameter("category", category);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Duration seconds(Object value) {
        return value == null ? null : Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000));
    }

    private static Double average(Object value) {
        return value == null ? null : round(((Number) value).doubleValue());
    }

    private static double round(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
