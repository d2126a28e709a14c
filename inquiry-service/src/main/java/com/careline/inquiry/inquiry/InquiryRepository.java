package com.careline.inquiry.inquiry;

import java.time.ZoneId;
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
public class InquiryRepository implements PanacheRepositoryBase<Inquiry, UUID> {

    /** The next number of the readable inquiry sequence (gaps allowed). */
    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('inquiry_number_seq')")
                .getSingleResult()).longValue();
    }

    /** One page of inquiries matching {@code q}; dates are whole days in {@code zone}. */
    public Page<Inquiry> find(InquiryQuery q, PageRequest page, ZoneId zone) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        add(where, params, q.status(), "status = :status", "status");
        add(where, params, q.topic(), "topic = :topic", "topic");
        add(where, params, q.branch(), "branch = :branch", "branch");
        add(where, params, q.queue(), "queue = :queue", "queue");
        add(where, params, q.waybillNo(), "waybillNo = :waybill", "waybill");
        add(where, params, q.proactive(), "proactive = :proactive", "proactive");
        add(where, params, q.from() == null ? null : q.from().atStartOfDay(zone).toInstant(),
                "receivedAt >= :from", "from");
        add(where, params, q.to() == null ? null : q.to().plusDays(1).atStartOfDay(zone).toInstant(),
                "receivedAt < :to", "to");
        Sort sort = Sort.by(page.sortField(), page.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("id");
        String hql = "from Inquiry" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
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
