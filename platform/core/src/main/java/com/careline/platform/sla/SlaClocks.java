package com.careline.platform.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.batch.Rows;
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

    /** Starts the case's clock of {@code kind}, or restarts it from now if the case had one. */
    public SlaClock start(String caseId, String kind, String correlationId, String branch) {
        return startAt(caseId, kind, correlationId, branch, clock.instant());
    }

    /** As {@link #start}, counting from {@code startsAt} (e.g. a call window that opens in a few days). */
    public SlaClock startAt(String caseId, String kind, String correlationId, String branch, Instant startsAt) {
        SlaPolicy policy = policies.get(kind);
        Optional<SlaClock> existing = find(caseId, kind);
        if (existing.isPresent()) {
            existing.get().restart(startsAt, policy, calendar);
            return existing.get();
        }
        SlaClock started = SlaClock.start(caseId, correlationId, branch, policy, calendar, startsAt);
        em.persist(started);
        return started;
    }

    /**
     * Starts the clock of {@code kind} of a case created in this transaction, which cannot have one yet:
     * no lookup first (intake is a hot path).
     */
    public SlaClock startNew(String caseId, String kind, String correlationId, String branch) {
        return startNew(caseId, kind, correlationId, branch, clock.instant());
    }

    /** As {@link #startNew(String, String, String, String)}, counting from {@code startsAt}. */
    public SlaClock startNew(String caseId, String kind, String correlationId, String branch, Instant startsAt) {
        SlaClock started = SlaClock.start(caseId, correlationId, branch, policies.get(kind), calendar, startsAt);
        em.persist(started);
        return started;
    }

    /** A clock of {@code kind} started now, not written yet: for {@link #insertNew}. */
    public SlaClock started(String caseId, String kind, String correlationId, String branch) {
        return SlaClock.start(caseId, correlationId, branch, policies.get(kind), calendar, clock.instant());
    }

    /**
     * Inserts clocks just {@linkplain SlaClock#start started} for cases created in this transaction, with one
     * statement: for a consumer that opens many cases at once. They are not managed by the persistence
     * context; read them back (or {@link #forCase}) to change them in the same transaction.
     */
    public void insertNew(Collection<SlaClock> started) {
        Rows rows = new Rows(9);
        for (SlaClock c : started) {
            rows.add(c.id(), c.caseId(), c.kind(), c.correlationId(), c.branch(), c.state(), c.startedAt(), c.dueAt(),
                    c.nextEscalationAt());
        }
        rows.execute(em, """
                insert into sla_clock (id, case_id, kind, correlation_id, branch, state, started_at, due_at,
                    next_escalation_at)
                select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])""");
    }

    public SlaClock pause(String caseId, String kind, String reason) {
        SlaClock found = require(caseId, kind);
        found.pause(clock.instant(), reason);
        return found;
    }

    public SlaClock resume(String caseId, String kind) {
        SlaClock found = require(caseId, kind);
        found.resume(clock.instant(), policies.get(kind), calendar);
        return found;
    }

    /** Stops the case's clocks of these kinds that run; kinds the case has no clock of are skipped. */
    public void stop(String caseId, String... kinds) {
        for (String kind : kinds) {
            find(caseId, kind).ifPresent(found -> found.stop(clock.instant()));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlaClock> forCase(String caseId) {
        return em.createQuery("from SlaClock where caseId = :caseId order by startedAt, kind", SlaClock.class)
                .setParameter("caseId", caseId).getResultList();
    }

    private SlaClock require(String caseId, String kind) {
        return find(caseId, kind).orElseThrow(() -> new NotFound("clock " + kind + " of case", caseId));
    }

    private Optional<SlaClock> find(String caseId, String kind) {
        return em.createQuery("from SlaClock where caseId = :caseId and kind = :kind", SlaClock.class)
                .setParameter("caseId", caseId).setParameter("kind", kind)
                .getResultStream().findFirst();
    }
}
