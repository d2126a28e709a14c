package com.careline.claims.claim;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.sla.SlaClockState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /** The next number of the readable claim sequence (gaps allowed). */
    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('claim_number_seq')")
                .getSingleResult()).longValue();
    }

    /** The claim, locked until the transaction ends: uploads to one claim take turns, so completeness is exact. */
    public Claim lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean existsForException(String waybillNo, String exceptionKind) {
        return count("waybillNo = ?1 and exceptionKind = ?2", waybillNo, exceptionKind) > 0;
    }

    public boolean isPaymentReferenceUsed(String reference) {
        return count("paymentReference", reference) > 0;
    }

    /** One page of claims matching {@code q}; dates are whole days in {@code zone}. */
    public Page<Claim> find(ClaimQuery q, PageRequest page, ZoneId zone) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        add(where, params, q.status(), "x.status = :status", "status");
        add(where, params, q.stage(), "x.stage = :stage", "stage");
        add(where, params, q.type(), "x.type = :type", "type");
        add(where, params, q.branch(), "x.branch = :branch", "branch");
        add(where, params, q.waybillNo(), "x.waybillNo = :waybill", "waybill");
        add(where, params, q.from() == null ? null : q.from().atStartOfDay(zone).toInstant(),
                "x.openedAt >= :from", "from");
        add(where, params, q.to() == null ? null : q.to().plusDays(1).atStartOfDay(zone).toInstant(),
                "x.openedAt < :to", "to");
        if (q.overdue() != null) {
            where.add((q.overdue() ? "" : "not ") + """
                    exists (select 1 from SlaClock c where c.caseId = cast(x.id as String)
                    and c.state = :breached and c.stoppedAt is null)""");
            params.and("breached", SlaClockState.BREACHED);
        }
        Sort sort = Sort.by(page.sortField(), page.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("id");
        String hql = "from Claim x" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var query = find(hql, sort, params).page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(query.list(), page.page(), page.size(), query.count());
    }

    private static void add(List<String> where, Parameters params, Object value, String clause, String name) {
        if (value != null) {
            where.add(clause);
            params.and(name, value);
        }
    }
}
