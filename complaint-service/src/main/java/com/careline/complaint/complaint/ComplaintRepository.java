package com.careline.complaint.complaint;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.paging.CaseFilter;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {


    /** One page of complaints matching {@code q}; dates are whole days in {@code zone}. */
    public Page<Complaint> find(ComplaintQuery q, PageRequest page, ZoneId zone) {
        CaseFilter filter = CaseFilter.on("Complaint").equal("status", q.status()).equal("department", q.department());
        if (q.branch() != null) {
            // the branch's own complaints and those transferred to it (000: it reports on and resolves them)
            filter.where("(x.branch = :branch or x.departmentBranch = :branch)", Map.of("branch", q.branch()));
        }
        return filter.equal("major", q.major()).equal("category", q.category()).equal("waybillNo", q.waybillNo())
                .equal("phone", q.phone()).equal("owner", q.owner())
                .onOrAfter("receivedAt", q.from(), zone).onOrBefore("receivedAt", q.to(), zone)
                .overdue(q.overdue()).page(this, page);
    }

    /** Every open complaint {@code owner} holds in {@code branch} (all branches when null). */
    public List<Complaint> openOwnedBy(String owner, String branch) {
        return branch == null
                ? list("owner = ?1 and status <> ?2", owner, ComplaintStatus.CLOSED)
                : list("owner = ?1 and status <> ?2 and branch = ?3", owner, ComplaintStatus.CLOSED, branch);
    }
}
