package com.careline.platform.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The retention job (001: electronic records are kept one year): the personal data of cases closed longer ago
 * than {@code careline.retention.keep} is erased by each {@link PersonalData} of the service, batch by batch,
 * together with what the platform keeps about those cases (timeline details, settled parked records); settled
 * parked records past the retention go too. Cases on legal hold are kept. With several replicas, one erases at a
 * time (an advisory lock per batch). Inbox ids and sent outbox rows are pruned on their own, within days.
 */
@ApplicationScoped
public class Retention {

    /** What one run erased: cases per kind, and settled parked records. */
    public record Summary(Instant closedBefore, Map<String, Integer> erasedCases, int parkedRecordsRemoved) {
    }

    static final String ERASED = "(erased: retention)";
    private static final long LOCK = 0x4341_5245_5245_5400L; // "CARERET\0": one eraser at a time

    private final Instance<PersonalData> data;
    private final LegalHolds holds;
    private final EntityManager em;
    private final Clock clock;
    private final RetentionConfig config;
    private final MeterRegistry registry;

    Retention(Instance<PersonalData> data, LegalHolds holds, EntityManager em, Clock clock, RetentionConfig config,
            MeterRegistry registry) {
        this.data = data;
        this.holds = holds;
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.registry = registry;
    }

    @Scheduled(every = "${careline.retention.interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            Log.warnf("retention run failed, the next one goes on: %s", e.getMessage());
        }
    }

    public Summary run() {
        Instant now = clock.instant();
        Instant closedBefore = now.minus(config.keep());
        Map<String, Integer> erased = new LinkedHashMap<>();
        for (PersonalData kind : data) {
            int total = 0;
            int n;
            do {
                n = QuarkusTransaction.requiringNew().call(() -> batch(kind, closedBefore, now));
                total += Math.max(n, 0);
            } while (n == config.batchSize());
            erased.put(kind.name(), total);
            if (total > 0) {
                registry.counter("careline_retention_erased_cases", "kind", kind.name()).increment(total);
                Log.infof("retention: personal data of %d %s cases closed before %s erased", total, kind.name(),
                        closedBefore);
            }
        }
        int parked = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                delete from parked_event where status in ('REPLAYED', 'DISCARDED') and resolved_at < :before""")
                .setParameter("before", closedBefore).executeUpdate());
        return new Summary(closedBefore, erased, parked);
    }

    /** One batch of one kind: the number erased, or -1 when another replica is erasing now. */
    private int batch(PersonalData kind, Instant closedBefore, Instant now) {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", LOCK).getSingleResult();
        if (!mine) {
            return -1;
        }
        List<String> ids = new ArrayList<>(kind.expired(closedBefore, config.batchSize()));
        if (ids.isEmpty()) {
            return 0;
        }
        // the service's query leaves held cases out; this makes sure, whatever the query says
        List<String> held = holds.heldAmong(ids);
        if (!held.isEmpty()) {
            Log.errorf("retention: %s returned cases on legal hold %s; they are kept", kind.name(), held);
            ids.removeAll(held);
            if (ids.isEmpty()) {
                return 0;
            }
        }
        kind.erase(ids, now);
        em.createNativeQuery("update case_timeline set detail = :erased where case_id in (:ids)")
                .setParameter("erased", ERASED).setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("""
                delete from parked_event where subject in (:ids) and status in ('REPLAYED', 'DISCARDED')""")
                .setParameter("ids", ids).executeUpdate();
        return ids.size();
    }
}
