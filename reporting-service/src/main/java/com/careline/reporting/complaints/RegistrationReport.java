package com.careline.reporting.complaints;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.security.BranchScope;
import com.careline.reporting.Period;

@ApplicationScoped
public class RegistrationReport {

    private final EntityManager em;
    private final BranchScope scope;

    RegistrationReport(EntityManager em, BranchScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /** Counts of the period's days, restricted to the caller's branch unless headquarters. */
    public RegistrationCount count(Period period, String requestedBranch) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        String branch = scope.narrow(requestedBranch);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select branch, sum(registered) from complaint_registrations
                where day between :from and :to and (cast(:branch as text) is null or branch = cast(:branch as text))
                group by branch order by branch""")
                .setParameter("from", from).setParameter("to", to).setParameter("branch", branch)
                .getResultList();
        List<RegistrationCount.BranchCount> byBranch = rows.stream()
                .map(r -> new RegistrationCount.BranchCount((String) r[0], ((Number) r[1]).longValue())).toList();
        return new RegistrationCount(from, to,
                byBranch.stream().mapToLong(RegistrationCount.BranchCount::registered).sum(), byBranch);
    }
}
