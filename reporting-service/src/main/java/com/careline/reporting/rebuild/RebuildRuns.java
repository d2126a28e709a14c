package com.careline.reporting.rebuild;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.ids.TimeOrderedIds;
import com.careline.platform.time.SqlInstants;
import com.careline.reporting.rebuild.RebuildRun.Status;

/** The {@code rebuild_run} rows, in the caller's transaction. */
@ApplicationScoped
class RebuildRuns {

    private static final String COLUMNS =
            "id, status, requested_by, requested_at, worker, lag, progress_at, finished_at, note";

    private final EntityManager em;
    private final Clock clock;

    RebuildRuns(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<RebuildRun> running() {
        return select("where status = 'RUNNING'");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<RebuildRun> latest() {
        return select("order by seq desc limit 1");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    RebuildRun insert(String by) {
        UUID id = TimeOrderedIds.next();
        em.createNativeQuery("insert into rebuild_run (id, status, requested_by, requested_at)"
                + " values (:id, 'RUNNING', :by, :now)")
                .setParameter("id", id).setParameter("by", by).setParameter("now", clock.instant()).executeUpdate();
        return get(id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    RebuildRun get(UUID id) {
        return select("where id = '" + id + "'").orElseThrow();
    }

    /** Ends the running run; false when none was running (another pod ended it). */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean finish(UUID id, Status status, String note) {
        return em.createNativeQuery("update rebuild_run set status = :status, finished_at = :now, note = :note"
                + " where id = :id and status = 'RUNNING'")
                .setParameter("status", status.name()).setParameter("now", clock.instant())
                .setParameter("note", note).setParameter("id", id).executeUpdate() == 1;
    }

    private Optional<RebuildRun> select(String rest) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from rebuild_run " + rest).getResultList();
        return rows.stream().findFirst().map(r -> new RebuildRun((UUID) r[0], Status.valueOf((String) r[1]),
                (String) r[2], SqlInstants.of(r[3]), (String) r[4], r[5] == null ? null : ((Number) r[5]).longValue(),
                SqlInstants.of(r[6]), SqlInstants.of(r[7]), (String) r[8]));
    }
}
