package com.careline.reporting.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.security.BranchScope;
import com.careline.reporting.Period;
import com.careline.reporting.claims.ClaimFigures.Line;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimReport {

    private final EntityManager em;
    private final BranchScope scope;
    private final ZoneId zone;

    ClaimReport(EntityManager em, BranchScope scope, CalendarConfig calendar) {
        this.em = em;
        this.scope = scope;
        this.zone = calendar.zone();
    }

    /** {@code requestedBranch}: narrowed by {@link BranchScope#narrow}, as every list and report is. */
    public ClaimFigures figures(Period period, String requestedBranch) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        String branch = scope.narrow(requestedBranch);
        List<Line> total = lines("'all'", from, to, branch);
        return new ClaimFigures(from, to, total.isEmpty() ? line("all", 0, 0, 0, null, null, null) : total.get(0),
                lines("branch", from, to, branch), lines("coalesce(counterparty, 'none')", from, to, branch));
    }

    private List<Line> lines(String key, LocalDate from, LocalDate to, String branch) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + key + ", count(*),"
                + " count(*) filter (where outcome = 'REJECTED'), count(*) filter (where outcome = 'WITHDRAWN'),"
                + " coalesce(sum(amount_claimed), 0), sum(amount_paid), sum(amount_recovered) from claim_fact"
                + " where opened_at >= :from and opened_at < :to and outcome is distinct from '"
                + ClaimProjection.SUPERSEDED + "'"
                + " and (cast(:branch as text) is null or branch = cast(:branch as text))"
                + " group by 1 order by 2 desc, 1")
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("branch", branch).getResultList();
        return rows.stream().map(r -> line((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6])).toList();
    }

    private static Line line(String key, long claims, long rejected, long withdrawn, BigDecimal claimed,
            BigDecimal paid, BigDecimal recovered) {
        BigDecimal c = claimed == null ? BigDecimal.ZERO : claimed;
        BigDecimal p = paid == null ? BigDecimal.ZERO : paid;
        BigDecimal r = recovered == null ? BigDecimal.ZERO : recovered;
        return new Line(key, claims, rejected, withdrawn, c, p, r, ratio(p, c), ratio(r, p));
    }

    private static double ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.divide(whole, 4, RoundingMode.HALF_UP).doubleValue();
    }
}
