package com.careline.platform.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventsConfig;
import com.careline.platform.events.Topics;
import com.careline.platform.outbox.Outbox;
import com.careline.platform.metrics.CachedCount;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Finds the clocks whose next escalation time has passed and raises it: one transaction per batch
 * locks the due rows ({@code FOR UPDATE SKIP LOCKED}, so a second instance takes other rows), moves each
 * clock up its ladder and stages one {@code <domain>.escalated} event per rung. The query is a range scan
 * of a partial index on the next escalation time, so a tick costs what is due, not what is open.
 * {@code careline_sla_tick_seconds} times each tick and {@code careline_sla_escalations_total} counts the
 * rungs raised, so ops (and the benchmarks) can watch that cost. A clock that cannot be escalated is
 * quarantined ({@code careline_sla_quarantined}) while the others tick on.
 */
@ApplicationScoped
public class SlaTicker {

    private final EntityManager em;
    private final SlaPolicies policies;
    private final SlaConfig config;
    private final BusinessCalendar calendar;
    private final Outbox outbox;
    private final EventsConfig events;
    private final Clock clock;
    private final Timer ticks;
    private final Counter escalations;
    private final CachedCount quarantined;

    SlaTicker(EntityManager em, SlaPolicies policies, SlaConfig config, BusinessCalendar calendar, Outbox outbox,
            EventsConfig events, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.policies = policies;
        this.config = config;
        this.calendar = calendar;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
        this.ticks = Timer.builder("careline.sla.tick").description("One pass of the SLA ticker over the due clocks")
                .register(registry);
        this.escalations = Counter.builder("careline.sla.escalations")
                .description("Escalation rungs raised by the SLA ticker").register(registry);
        this.quarantined = new CachedCount(em, "select count(*) from sla_clock where quarantined_at is not null",
                Duration.ofSeconds(10));
        Gauge.builder("careline.sla.quarantined", this, SlaTicker::quarantined)
                .description("SLA clocks set aside because they cannot be escalated (see /api/ops/sla-clocks)")
                .register(registry);
    }

    @Scheduled(every = "${careline.sla.tick-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            tick();
        } catch (RuntimeException e) {
            Log.warnf("SLA tick failed, next tick retries: %s", e.getMessage());
        }
    }

    /** Raises every escalation due now; returns how many were raised. */
    public int tick() {
        long start = System.nanoTime();
        int raised = 0;
        int[] batch;
        try {
            do {
                batch = QuarkusTransaction.requiringNew().call(this::tickBatch);
                raised += batch[1];
                escalations.increment(batch[1]);
            } while (batch[0] == config.batchSize());
        } finally {
            ticks.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
        return raised;
    }

    /** Returns {clocks locked, escalations raised}. */
    private int[] tickBatch() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<SlaClock> due = em.createNativeQuery("""
                select * from sla_clock where next_escalation_at <= :now
                order by next_escalation_at limit :limit for update skip locked""", SlaClock.class)
                .setParameter("now", now).setParameter("limit", config.batchSize()).getResultList();
        int raised = 0;
        for (SlaClock clock : due) {
            Optional<SlaPolicy> policy = policies.find(clock.kind());
            List<Integer> levels;
            try {
                levels = policy.map(p -> clock.escalate(now, p, calendar)).orElse(null);
            } catch (RuntimeException e) {
                quarantine(clock, now, "cannot be escalated: " + e.getMessage());
                continue;
            }
            if (levels == null) {
                quarantine(clock, now, "no SLA policy for clock kind " + clock.kind() + " (careline.sla.policies."
                        + clock.kind() + ".*): it was removed or renamed");
                continue;
            }
            for (int level : levels) {
                stageEscalation(clock, policy.get(), level, now);
                raised++;
            }
        }
        return new int[] {due.size(), raised};
    }

    /**
     * One clock that cannot be escalated must not stop the others (it would fail every batch it is in, and
     * it is first in their order): it is set aside with the reason, shown in health and metrics, and ops
     * release it once it can be escalated ({@link SlaClockResource}).
     */
    private void quarantine(SlaClock clock, Instant now, String reason) {
        clock.quarantine(now, reason);
        quarantined.add(1);
        Log.warnf("SLA clock %s (%s) of case %s quarantined: %s", clock.id(), clock.kind(), clock.caseId(), reason);
    }

    /** Clocks set aside (counted again at most every 10 s), for health and metrics. */
    public long quarantined() {
        return quarantined.get();
    }

    /** After a release: the next {@link #quarantined()} counts again. */
    void recount() {
        quarantined.stale();
    }

    private void stageEscalation(SlaClock clock, SlaPolicy policy, int level, Instant now) {
        String domain = events.domain().orElseThrow(() -> new IllegalStateException(
                "careline.events.domain is not set, so escalations have no topic"));
        String escalateTo = policy.rung(level).escalateTo();
        outbox.stage(Topics.forDomain(domain), Escalated.type(domain), clock.caseId(), clock.correlationId(),
                new Escalated(clock.id(), clock.caseId(), clock.branch(), clock.kind(), level, escalateTo,
                        clock.dueAt(), now));
        Log.infof("escalated %s clock of case %s to level %d (%s), correlation %s",
                clock.kind(), clock.caseId(), level, escalateTo, clock.correlationId());
    }
}
