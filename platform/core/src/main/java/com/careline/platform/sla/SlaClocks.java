package com.careline.platform.sla;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.errors.NotFound;

/**
 * Starts, pauses, resumes and stops a case's clocks inside the caller's transaction, so a case change
 * and its clocks commit together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SlaClocks {

    private final EntityManager em;
    private final SlaPolicies policies;
    private final BusinessCalendar calendar;
    private final Clock clock;

    SlaClocks(EntityManager em, SlaPolicies policies, BusinessCalendar calendar, Clock clock) {
        this.em = em;
        this.policies = policies;
        this.calendar = calendar;
        this.clock = clock;
    }

    public SlaClock start(String caseId, String kind, String correlationId) {
        SlaClock started = SlaClock.start(caseId, correlationId, policies.get(kind), calendar, clock.instant());
        em.persist(started);
        return started;
    }

    public SlaClock pause(String caseId, String kind, String reason) {
        SlaClock found = find(caseId, kind);
        found.pause(clock.instant(), reason);
        return found;
    }

    public SlaClock resume(String caseId, String kind) {
        SlaClock found = find(caseId, kind);
        found.resume(clock.instant(), policies.get(kind), calendar);
        return found;
    }

    public SlaClock stop(String caseId, String kind) {
        SlaClock found = find(caseId, kind);
        found.stop(clock.instant());
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlaClock> forCase(String caseId) {
        return em.createQuery("from SlaClock where caseId = :caseId order by startedAt, kind", SlaClock.class)
                .setParameter("caseId", caseId).getResultList();
    }

    private SlaClock find(String caseId, String kind) {
        return em.createQuery("from SlaClock where caseId = :caseId and kind = :kind", SlaClock.class)
                .setParameter("caseId", caseId).setParameter("kind", kind)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("clock " + kind + " of case", caseId));
    }
}
