package com.careline.platform.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.time.SqlInstants;

/**
 * Cases kept past the retention because of a dispute, a lawsuit or an inquiry by the authorities. A hold is
 * placed on a case id in each service that keeps data about it; a revisit or a report row of a complaint is
 * held by the complaint's id too.
 */
@ApplicationScoped
public class LegalHolds {

    /** A hold: which case, why, who placed it and when. */
    public record Hold(String caseId, String reason, String heldBy, Instant heldAt) {
    }

    private final EntityManager em;
    private final Clock clock;

    LegalHolds(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** SQL that is true when the case whose id is {@code caseIdExpression} is not on hold. */
    public static String notHeld(String caseIdExpression) {
        return "not exists (select 1 from legal_hold h where h.case_id = (" + caseIdExpression + ")::text)";
    }

    /** Places (or restates) a hold. */
    @Transactional
    public Hold hold(String caseId, String reason, String by) {
        Instant now = clock.instant();
        em.createNativeQuery("""
                insert into legal_hold (case_id, reason, held_by, held_at) values (:id, :reason, :by, :at)
                on conflict (case_id) do update set reason = excluded.reason, held_by = excluded.held_by,
                    held_at = excluded.held_at""")
                .setParameter("id", caseId).setParameter("reason", reason).setParameter("by", by)
                .setParameter("at", now).executeUpdate();
        return new Hold(caseId, reason, by, now);
    }

    /** Lifts a hold; false when there was none. */
    @Transactional
    public boolean release(String caseId) {
        return em.createNativeQuery("delete from legal_hold where case_id = :id").setParameter("id", caseId)
                .executeUpdate() > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Hold> list(int limit) {
        List<Object[]> rows = em.createNativeQuery(
                "select case_id, reason, held_by, held_at from legal_hold order by held_at desc", Object[].class)
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Hold((String) r[0], (String) r[1], (String) r[2], SqlInstants.of(r[3]))).toList();
    }

    /** Those of {@code caseIds} that are on hold. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<String> heldAmong(List<String> caseIds) {
        return em.createNativeQuery("select case_id from legal_hold where case_id in (:ids)", String.class)
                .setParameter("ids", caseIds).getResultList();
    }
}
