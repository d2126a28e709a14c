package com.careline.platform.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.Wellness;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The broker, seen from the outbox: whether it answers ({@code /q/health/well} check {@code kafka-broker},
 * metric {@code careline_kafka_broker_up}) and how old the oldest event waiting to be published is
 * ({@code careline_outbox_oldest_pending_seconds}), for an alert. Deliberately not readiness: a request
 * needs the database only, its events wait in the outbox while the broker is away, and a readiness that
 * followed the broker would take every pod out of its Service and stop registrations for nothing.
 */
@Wellness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final EntityManager em;
    private final Map<String, Object> kafkaConfig;
    private volatile Admin admin;
    private volatile boolean brokerUp = true;
    private volatile String brokerProblem = "";
    private volatile double oldestPendingSeconds;

    OutboxHealth(EntityManager em, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            MeterRegistry registry) {
        this.em = em;
        this.kafkaConfig = kafkaConfig;
        Gauge.builder("careline.kafka.broker.up", this, h -> h.brokerUp ? 1 : 0)
                .description("1 while the broker answers the outbox's checks").register(registry);
        Gauge.builder("careline.outbox.oldest.pending", this, h -> h.oldestPendingSeconds).baseUnit("seconds")
                .description("Age of the oldest staged event not published yet (0 when none waits)").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kafka-broker").status(brokerUp)
                .withData("oldestPendingSeconds", Math.round(oldestPendingSeconds))
                .withData("problem", brokerProblem).build();
    }

    @Scheduled(every = "${careline.outbox.health-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        try {
            admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis())).nodes()
                    .get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
            brokerUp = true;
            brokerProblem = "";
        } catch (Exception e) {
            brokerUp = false;
            brokerProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        try {
            Number age = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_event "
                            + "where sent_at is null").getSingleResult());
            oldestPendingSeconds = age.doubleValue();
        } catch (RuntimeException e) {
            Log.debugf("outbox backlog not measured: %s", e.getMessage());
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> props = new HashMap<>(kafkaConfig);
                    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
                    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
                    props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "careline-broker-check");
                    admin = Admin.create(props);
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
