package com.careline.claims.claim;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.careline.platform.paging.CaseFilter;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {


    /** The claim, locked until the transaction ends: uploads to one claim take turns, so completeness is exact. */
    public Claim lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean existsForException(String waybillNo, String exceptionKind) {
        return count("waybillNo = ?1 and exceptionKind = ?2", waybillNo, exceptionKind) > 0;
    }

    /** Whether the complaint's compensation decided at {@code decidedAt} has its claim already. */
    public boolean existsForCompensation(UUID complaintId, Instant decidedAt) {
        return count("compensation.complaintId = ?1 and compensation.decidedAt = ?2", complaintId, decidedAt) > 0;
    }

    /** The claims paying compensation of {@code complaintId}, oldest decision first. */
    public List<Claim> forComplaint(UUID complaintId) {
        return list("compensation.complaintId = ?1 order by compensation.decidedAt", complaintId);
    }

    public boolean isPaymentReferenceUsed(String reference) {
        return count("paymentReference", reference) > 0;
    }

    /** One page of claims matching {@code q}; dates are whole days in {@code zone}. */
    public Page<Claim> find(ClaimQuery q, PageRequest page, ZoneId zone) {
        return CaseFilter.on("Claim").equal("status", q.status()).equal("stage", q.stage()).equal("type", q.type())
                .equal("branch", q.branch()).equal("waybillNo", q.waybillNo())
                .onOrAfter("openedAt", q.from(), zone).onOrBefore("openedAt", q.to(), zone)
                .overdue(q.overdue()).page(this, page);
    }
}
