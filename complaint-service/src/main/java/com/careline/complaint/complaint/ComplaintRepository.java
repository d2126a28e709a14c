package com.careline.complaint.complaint;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.sla.SlaClockState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    /** The next number of the readable complaint sequence (gaps allowed). */
    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('complaint_number_seq')")
                .getSingleResult()).longValue();
    }

    /** One page of complaints matching {@code q}; dates are whole days in {@code zone}. */
    public Page<Complaint> find(ComplaintQuery q, PageRequest page, ZoneId zone) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        add(where, params, q.status(), "x.status = :status", "status");
        add(where, params, q.branch(), "x.branch = :branch", "branch");
        add(where, params, q.major(), "x.major = :major", "major");
        add(where, params, q.category(), "x.category = :category", "category");
        add(where, params, q.waybillNo(), "x.waybillNo = :waybill", "waybill");
        add(where, params, q.phone(), "x.phone = :phone", "phone");
        add(where, params, q.owner(), "x.owner = :owner", "owner");
        add(where, params, q.from() == null ? null : q.from().atStartOfDay(zone).toInstant(),
                "x.receivedAt >= :from", "from");
        add(where, params, q.to() == null ? null : q.to().plusDays(1).atStartOfDay(zone).toInstant(),
                "x.receivedAt < :to", "to");
        if (q.overdue() != null) {
            where.add((q.overdue() ? "" : "not ") + """
                    exists (select 1 from SlaClock c where c.caseId = cast(x.id as String)
                    and c.state = :breached and c.stoppedAt is null)""");
            params.and("breached", SlaClockState.BREACHED);
        }
        Sort sort = Sort.by(page.sortField(), page.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("id");
        String hql = "from Complaint x" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var query = find(hql, sort, params).page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(query.list(), page.page(), page.size(), query.count());
    }

    /** Every open complaint {@code owner} holds in {@code branch} (all branches when null). */
    public List<Complaint> openOwnedBy(String owner, String branch) {
        return branch == null
                ? list("owner = ?1 and status <> ?2", owner, ComplaintStatus.CLOSED)
                : list("owner = ?1 and status <> ?2 and branch = ?3", owner, ComplaintStatus.CLOSED, branch);
    }

    private static void add(List<String> where, Parameters params, Object value, String clause, String name) {
        if (value != null) {
            where.add(clause);
            params.and(name, value);
        }
    }
}
