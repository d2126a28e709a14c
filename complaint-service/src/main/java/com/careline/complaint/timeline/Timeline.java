package com.careline.complaint.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Writes and reads complaint timelines, in the transaction of the change they record. */
@ApplicationScoped
public class Timeline {

    /** The actor of changes made by the platform itself (follow-up outcomes, the SLA ticker). */
    public static final String SYSTEM = "system";

    private final EntityManager em;
    private final Clock clock;

    Timeline(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID complaintId, String actor, String action, String detail) {
        em.persist(new TimelineEntry(complaintId, clock.instant(), actor, action, detail));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineView> of(UUID complaintId) {
        return em.createQuery("from TimelineEntry where complaintId = :id order by seq", TimelineEntry.class)
                .setParameter("id", complaintId).getResultStream().map(TimelineView::from).toList();
    }

    public record TimelineView(Instant at, String actor, String action, String detail) {
        static TimelineView from(TimelineEntry e) {
            return new TimelineView(e.at(), e.actor(), e.action(), e.detail());
        }
    }
}
