package com.careline.platform.consumer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.time.SqlInstants;

/** Parked records as ops look for them: by consumer, topic, state and words of the reason. */
@ApplicationScoped
class ParkedEventQuery {

    /** The filter of a list, a count, a replay or a discard; null fields match everything. */
    record Filter(String consumer, String topic, ParkedStatus status, String reason) {

        String where(Map<String, Object> params) {
            List<String> terms = new ArrayList<>();
            if (consumer != null) {
                terms.add("consumer = :consumer");
                params.put("consumer", consumer);
            }
            if (topic != null) {
                terms.add("kafka_topic = :topic");
                params.put("topic", topic);
            }
            if (status != null) {
                terms.add("status = :status");
                params.put("status", status.name());
            }
            if (reason != null) {
                terms.add("position(lower(:reason) in lower(reason)) > 0");
                params.put("reason", reason);
            }
            return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
        }
    }

    /** Count per consumer, topic, state and reason, with the oldest record's time. */
    record Count(String consumer, String topic, ParkedStatus status, String reason, long records,
            java.time.Instant oldest) {
    }

    private final EntityManager em;

    ParkedEventQuery(EntityManager em) {
        this.em = em;
    }

    @Transactional
    Page<ParkedEvent> list(Filter filter, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = filter.where(params);
        Query select = em.createNativeQuery("select " + ParkedEvent.COLUMNS + " from parked_event" + where
                + " order by seq" + (page.descending() ? " desc" : "") + " limit :limit offset :offset");
        Query count = em.createNativeQuery("select count(*) from parked_event" + where);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setParameter("limit", page.size())
                .setParameter("offset", (long) page.page() * page.size()).getResultList();
        return new Page<>(rows.stream().map(ParkedEvent::of).map(ParkedEvent::withoutPayload).toList(), page.page(),
                page.size(), ((Number) count.getSingleResult()).longValue());
    }

    /** Open records matching {@code filter}, oldest first, up to {@code limit}. */
    @Transactional
    List<ParkedEvent> open(Filter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = filter.where(params);
        Query select = em.createNativeQuery("select " + ParkedEvent.COLUMNS + " from parked_event"
                + (where.isEmpty() ? " where " : where + " and ") + "status in (:open) order by seq limit :limit");
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setParameter("open", ParkedStatus.OPEN).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(ParkedEvent::of).toList();
    }

    @Transactional
    List<Count> counts(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query select = em.createNativeQuery("""
                select consumer, kafka_topic, status, reason, count(*), min(parked_at) from parked_event"""
                + filter.where(params) + " group by consumer, kafka_topic, status, reason order by 5 desc limit 500");
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return rows.stream().map(r -> new Count((String) r[0], (String) r[1], ParkedStatus.valueOf((String) r[2]),
                (String) r[3], ((Number) r[4]).longValue(), SqlInstants.of(r[5]))).toList();
    }
}
