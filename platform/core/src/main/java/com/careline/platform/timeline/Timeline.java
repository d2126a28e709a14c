package com.careline.platform.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
