package com.careline.revisit.revisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RevisitRepository implements PanacheRepositoryBase<Revisit, UUID> {

    public boolean exists(CaseType type, String caseId, String round) {
        return count("caseType = ?1 and caseId = ?2 and round = ?3", type, caseId, round) > 0;
    }

    public List<Revisit> openFor(CaseType type, String caseId) {
        return list("caseType = ?1 and caseId = ?2 and status = ?3", type, caseId, RevisitStatus.SCHEDULED);
    }

    /** One page of the call list; {@code today} and {@code now} decide what is due and overdue. */
    public Page<Revisit> find(RevisitQuery q, PageRequest page, LocalDate today, Instant now) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        add(where, params, q.status(), "r.status = :status", "status");
        add(where, params, q.caseType(), "r.caseType = :caseType", "caseType");
        add(where, params, q.caseId(), "r.caseId = :caseId", "caseId");
        add(where, params, q.branch(), "r.branch = :branch", "branch");
        if (q.due() == RevisitQuery.Due.TODAY) {
            where.add("r.status = :open and r.dueOn <= :today");
            params.and("open", RevisitStatus.SCHEDULED).and("today", today);
        } else if (q.due() == RevisitQuery.Due.OVERDUE) {
            where.add("r.status = :open and r.deadline < :now");
            params.and("open", RevisitStatus.SCHEDULED).and("now", now);
        }
        Sort sort = Sort.by(page.sortField(), page.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("id");
        String hql = "from Revisit r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var query = find(hql, sort, params).page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(query.list(), page.page(), page.size(), query.count());
    }

    public List<RevisitAttempt> attemptsOf(UUID revisitId) {
        return getEntityManager().createQuery("from RevisitAttempt where revisitId = :id order by attemptNo",
                RevisitAttempt.class).setParameter("id", revisitId).getResultList();
    }

    public void addAttempt(RevisitAttempt attempt) {
        getEntityManager().persist(attempt);
    }

    private static void add(List<String> where, Parameters params, Object value, String clause, String name) {
        if (value != null) {
            where.add(clause);
            params.and(name, value);
        }
    }
}
