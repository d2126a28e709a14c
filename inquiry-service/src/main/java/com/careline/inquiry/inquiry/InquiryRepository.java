package com.careline.inquiry.inquiry;

import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.paging.CaseFilter;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InquiryRepository implements PanacheRepositoryBase<Inquiry, UUID> {


    /** One page of inquiries matching {@code q}; dates are whole days in {@code zone}. */
    public Page<Inquiry> find(InquiryQuery q, PageRequest page, ZoneId zone) {
        return CaseFilter.on("Inquiry").equal("status", q.status()).equal("topic", q.topic())
                .equal("branch", q.branch()).equal("queue", q.queue()).equal("waybillNo", q.waybillNo())
                .equal("proactive", q.proactive())
                .onOrAfter("receivedAt", q.from(), zone).onOrBefore("receivedAt", q.to(), zone).page(this, page);
    }
}
