package com.careline.platform.consumer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.time.SqlInstants;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.Wellness;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * What the consumers are doing, for people and alerts: which one is retrying a transient failure, since
 * when and why (health {@code /q/health/well}, metric {@code careline_consumer_retrying}, a log line per
 * try), how many events each applied, skipped as repeats, parked or held, and the parked records per topic
 * with the age of the oldest ({@code careline_consumer_parked}, {@code careline_consumer_parked_oldest_seconds}).
 * Consumer lag is Kafka's own {@code kafka_consumer_fetch_manager_records_lag_max}, per client.
 *
 * <p>Its health is a wellness check, not readiness or liveness: a consumer that waits for the database must not take the
 * pod out of its Service or get it restarted; the database's own readiness check says that it is away.
 */
@ApplicationScoped
public class ConsumerStatus {

    record Retrying(Instant since, long tries, String cause) {
    }

    private final MeterRegistry registry;
    private final Clock clock;
    private final EntityManager em;
    private final Map<String, Retrying> retrying = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();

    ConsumerStatus(MeterRegistry registry, Clock clock, EntityManager em) {
        this.registry = registry;
        this.clock = clock;
        this.em = em;
    }

    void retrying(String consumer, Throwable cause) {
        Retrying now = retrying.merge(consumer, new Retrying(clock.instant(), 1, ParkedEvents.reason(cause)),
                (old, fresh) -> new Retrying(old.since(), old.tries() + 1, fresh.cause()));
        gauge("careline.consumer.retrying", Tags.of("consumer", consumer)).set(1);
        registry.counter("careline.consumer.transient.failures", "consumer", consumer,
                "cause", cause.getClass().getSimpleName()).increment();
        Log.warnf("%s: transient failure, try %d since %s, retrying: %s", consumer, now.tries() + 1, now.since(),
                now.cause());
    }

    void caughtUp(String consumer) {
        if (retrying.remove(consumer) != null) {
            gauge("careline.consumer.retrying", Tags.of("consumer", consumer)).set(0);
            Log.infof("%s: recovered, consuming again", consumer);
        }
    }

    /** The consumers now retrying a transient failure (through a method: this bean is reached by its proxy). */
    Map<String, Retrying> retrying() {
        return Map.copyOf(retrying);
    }

    void counted(String consumer, String outcome, int events) {
        if (events > 0) {
            Counter.builder("careline.consumer.events").tags("consumer", consumer, "outcome", outcome)
                    .register(registry).increment(events);
        }
    }

    /** The health of the consumers: DOWN while one retries, with which, since when and why. */
    @Wellness
    @ApplicationScoped
    static class Health implements HealthCheck {

        private final ConsumerStatus status;

        Health(ConsumerStatus status) {
            this.status = status;
        }

        @Override
        public HealthCheckResponse call() {
            Map<String, Retrying> now = status.retrying();
            HealthCheckResponseBuilder health = HealthCheckResponse.named("event-consumers").status(now.isEmpty());
            now.forEach((consumer, r) -> health.withData(consumer,
                    "retrying since " + r.since() + " (" + r.tries() + " tries): " + r.cause()));
            return health.build();
        }
    }

    /** Reads the parked counts per consumer, topic and state, and the oldest open record's age, into gauges. */
    @Scheduled(every = "${careline.consumer.metrics-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshParkedGauges() {
        try {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    select consumer, kafka_topic, status, count(*), min(parked_at) from parked_event
                    where status in (:open) group by consumer, kafka_topic, status""")
                    .setParameter("open", ParkedStatus.OPEN).getResultList());
            gauges.forEach((key, value) -> {
                if (key.startsWith("careline.consumer.parked")) {
                    value.set(0);
                }
            });
            Instant now = clock.instant();
            for (Object[] r : rows) {
                Tags tags = Tags.of("consumer", (String) r[0], "topic", (String) r[1]);
                gauge("careline.consumer.parked", tags.and("status", (String) r[2])).set(((Number) r[3]).longValue());
                Instant oldest = SqlInstants.of(r[4]);
                AtomicLong age = gauge("careline.consumer.parked.oldest.seconds", tags);
                age.set(Math.max(age.get(), now.getEpochSecond() - oldest.getEpochSecond()));
            }
        } catch (RuntimeException e) {
            Log.debugf("parked gauges not refreshed: %s", e.getMessage());
        }
    }

    private AtomicLong gauge(String name, Tags tags) {
        return gauges.computeIfAbsent(name + tags, k -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(name, value, AtomicLong::get).tags(tags).register(registry);
            return value;
        });
    }
}
