package com.careline.platform.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.batch.Rows;
import com.careline.platform.ids.TimeOrderedIds;

/** Writes and reads case timelines (GET /api/<cases>/{id}/timeline), in the transaction of the change. */
@ApplicationScoped
public class Timeline {

    /** The actor of changes made by the platform itself (consumed events, the SLA ticker). */
    public static final String SYSTEM = "system";

    private final EntityManager em;
    private final Clock clock;

    Timeline(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String caseId, String actor, String action, String detail) {
        em.persist(new TimelineEntry(caseId, clock.instant(), actor, action, detail));
    }

    /** A line to record with {@link #recordAll}. */
    public record Line(String caseId, String actor, String action, String detail) {
    }

    /** Records {@code lines} with one statement, in their order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Line> lines) {
        Instant now = clock.instant();
        Rows rows = new Rows(6);
        for (Line line : lines) {
            rows.add(TimeOrderedIds.next(), line.caseId(), now, line.actor(), line.action(), line.detail());
        }
        rows.execute(em, """
                insert into case_timeline (id, case_id, at, actor, action, detail)
                select id, case_id, at, actor, action, detail
                from unnest(?::uuid[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[])
                    with ordinality as t(id, case_id, at, actor, action, detail, n)
                order by n""");
    }

    /** Oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineView> of(String caseId) {
        return em.createQuery("from TimelineEntry where caseId = :id order by seq", TimelineEntry.class)
                .setParameter("id", caseId).getResultStream().map(TimelineView::from).toList();
    }

    public record TimelineView(Instant at, String actor, String action, String detail) {
        static TimelineView from(TimelineEntry e) {
            return new TimelineView(e.at(), e.actor(), e.action(), e.detail());
        }
    }
}
