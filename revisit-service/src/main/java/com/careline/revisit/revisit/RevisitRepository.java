package com.careline.revisit.revisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.batch.Rows;
import com.careline.platform.paging.CaseFilter;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RevisitRepository implements PanacheRepositoryBase<Revisit, UUID> {

    public boolean exists(CaseType type, String caseId, String round) {
        return count("caseType = ?1 and caseId = ?2 and round = ?3", type, caseId, round) > 0;
    }

    /** Calls still to make or to decide on. */
    public List<Revisit> openFor(CaseType type, String caseId) {
        return list("caseType = ?1 and caseId = ?2 and status in ?3", type, caseId,
                List.of(RevisitStatus.SCHEDULED, RevisitStatus.AWAITING_DECISION));
    }

    /**
     * Every revisit of these cases, whatever its status: for a batch of events. Asked first by one statement
     * with the ids as an array, which finds none for nearly every batch (complaints resolved for the first
     * time); only the revisits found are then read as entities.
     */
    public List<Revisit> ofCases(CaseType type, Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<UUID> found = new Rows(1).addAll(caseIds).returning(getEntityManager(),
                "select id from revisit where case_type = '" + type.name() + "' and case_id = any(?::text[])",
                UUID.class);
        return found.isEmpty() ? List.of() : list("id in ?1", found);
    }

    /**
     * Inserts revisits just scheduled with one statement, in their order: for a consumer that plans many calls
     * at once. They are not managed by the persistence context; {@code findById} reads one back to change it.
     */
    public void insertAll(Collection<Revisit> scheduled) {
        Rows rows = new Rows(17);
        for (Revisit r : scheduled) {
            rows.add(r.id(), r.caseType(), r.caseId(), r.caseNumber(), r.round(), r.branch(), r.customerName(),
                    r.phone(), r.correlationId(), r.status(), r.dueOn(), r.deadline(), r.isLate(), r.lateReason(),
                    r.receivedAt(), r.resolvedAt(), r.createdAt());
        }
        rows.execute(getEntityManager(), """
                insert into revisit (id, case_type, case_id, case_number, round, branch, customer_name, phone,
                    correlation_id, status, due_on, deadline, late, late_reason, received_at, resolved_at, created_at)
                select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[], ?::date[], ?::timestamptz[], ?::boolean[], ?::text[],
                    ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])""");
    }

    /** One page of the call list; {@code today} and {@code now} decide what is due and overdue. */
    public Page<Revisit> find(RevisitQuery q, PageRequest page, LocalDate today, Instant now) {
        CaseFilter filter = CaseFilter.on("Revisit").equal("status", q.status()).equal("caseType", q.caseType())
                .equal("caseId", q.caseId()).equal("branch", q.branch());
        if (q.due() == RevisitQuery.Due.TODAY) {
            filter.where("x.status = :open and x.dueOn <= :today",
                    Map.of("open", RevisitStatus.SCHEDULED, "today", today));
        } else if (q.due() == RevisitQuery.Due.OVERDUE) {
            filter.where("x.status = :open and x.deadline < :now",
                    Map.of("open", RevisitStatus.SCHEDULED, "now", now));
        }
        return filter.page(this, page);
    }

    public List<RevisitAttempt> attemptsOf(UUID revisitId) {
        return getEntityManager().createQuery("from RevisitAttempt where revisitId = :id order by attemptNo",
                RevisitAttempt.class).setParameter("id", revisitId).getResultList();
    }

    public void addAttempt(RevisitAttempt attempt) {
        getEntityManager().persist(attempt);
    }
}
