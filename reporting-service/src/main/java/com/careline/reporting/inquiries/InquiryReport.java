package com.careline.reporting.inquiries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.security.BranchScope;
import com.careline.reporting.Period;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InquiryReport {

    private static final String BRANCH = " and (cast(:branch as text) is null or branch = cast(:branch as text))";

    private final EntityManager em;
    private final BranchScope scope;
    private final ZoneId zone;

    InquiryReport(EntityManager em, BranchScope scope, CalendarConfig calendar) {
        this.em = em;
        this.scope = scope;
        this.zone = calendar.zone();
    }

    /** {@code requestedBranch}: narrowed by {@link BranchScope#narrow}, as every list and report is. */
    public InquiryFigures figures(Period period, String requestedBranch) {
        String branch = scope.narrow(requestedBranch);
        LocalDate from = period.from();
        LocalDate to = period.to();
        String seconds = "extract(epoch from replied_at - received_at)";
        Object[] row = (Object[]) bind(em.createNativeQuery("select count(*), count(*) filter (where proactive),"
                + " count(replied_at),"
                + " percentile_cont(0.5) within group (order by " + seconds + ") filter (where replied_at is not null),"
                + " percentile_cont(0.9) within group (order by " + seconds + ") filter (where replied_at is not null),"
                + " coalesce(sum(sent_back), 0), count(*) filter (where satisfied), count(satisfied),"
                + " coalesce(sum(escalations), 0)"
                + " from inquiry_fact where received_at >= :from and received_at < :to" + BRANCH), from, to, branch)
                .getSingleResult();
        long rated = number(row[7]);
        return new InquiryFigures(from, to, number(row[0]), number(row[1]), number(row[2]), duration(row[3]),
                duration(row[4]), number(row[5]),
                rated == 0 ? 0 : Math.round(number(row[6]) * 10_000.0 / rated) / 10_000.0, number(row[8]),
                counts(bind(em.createNativeQuery("select topic, count(*) from inquiry_fact"
                        + " where received_at >= :from and received_at < :to" + BRANCH + " group by 1 order by 2 desc, 1"),
                        from, to, branch)),
                counts(bind(em.createNativeQuery("select branch, count(*) from inquiry_fact"
                        + " where received_at >= :from and received_at < :to" + BRANCH + " group by 1 order by 2 desc, 1"),
                        from, to, branch)),
                counts(bind(em.createNativeQuery("select kind, count(*) from shipment_delay"
                        + " where detected_at >= :from and detected_at < :to" + BRANCH + " group by 1 order by 1"),
                        from, to, branch)),
                counts(em.createNativeQuery("select kind, sum(exceptions) from shipment_exception_daily"
                        + " where day between :fromDay and :toDay" + BRANCH + " group by 1 order by 2 desc, 1")
                        .setParameter("fromDay", from).setParameter("toDay", to)
                        .setParameter("branch", branch)));
    }

    private static Map<String, Long> counts(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put((String) r[0], number(r[1])));
        return counts;
    }

    /** The period as instants in the calendar's zone, and the caller's branch unless headquarters. */
    private Query bind(Query query, LocalDate from, LocalDate to, String branch) {
        return query.setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("branch", branch);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Duration duration(Object seconds) {
        return seconds == null ? null : Duration.ofMillis(Math.round(((Number) seconds).doubleValue() * 1000));
    }
}
