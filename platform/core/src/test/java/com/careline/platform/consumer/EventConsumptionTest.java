package com.careline.platform.consumer;

import static com.careline.platform.consumer.ConsumptionFixture.TOPIC;
import static com.careline.platform.consumer.ConsumptionFixture.event;
import static com.careline.platform.consumer.ConsumptionFixture.subject;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.probe.ProbeConsumer;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The three outcomes of a consumed event, on the probe consumer, real PostgreSQL and a real broker. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class EventConsumptionTest {

    @Inject
    ConsumptionFixture fixture;
    @Inject
    EventTap events;

    @Test
    void anEventDeliveredTwiceIsActedOnOnce() {
        EventEnvelope twice = event(subject(), Map.of());
        EventEnvelope after = event(subject(), Map.of());

        events.sendBatch(TOPIC, 1, List.of(record(twice), record(twice)));
        fixture.send(twice, after);

        // the later event proves the consumer went past every copy
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.effects(after.id()), equalTo(1L));
        assertThat(fixture.effects(twice.id()), equalTo(1L));
    }

    @Test
    void aRefusedEventInABatchIsParkedAloneAndItsCaseIsHeldBehindIt() {
        List<EventEnvelope> good = new ArrayList<>();
        List<Map.Entry<String, String>> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            good.add(event(subject(), Map.of()));
        }
        String refusedCase = subject();
        EventEnvelope refused = event(refusedCase, Map.of("fail", true));
        EventEnvelope behindRefused = event(refusedCase, Map.of());
        String poisonKey = subject();
        EventEnvelope behindPoison = event(poisonKey, Map.of());
        good.subList(0, 10).forEach(e -> batch.add(record(e)));
        batch.add(record(refused));
        batch.add(record(behindRefused));
        batch.add(Map.entry(poisonKey, "{not json at all"));
        batch.add(record(behindPoison));
        good.subList(10, 20).forEach(e -> batch.add(record(e)));

        events.sendBatch(TOPIC, 0, batch);

        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.parked(behindPoison.id()).isPresent());
        good.forEach(e -> assertThat(e.id() + " applied once", fixture.effects(e.id()), equalTo(1L)));
        ParkedEvent parked = fixture.parked(refused.id()).orElseThrow();
        assertThat(parked.status(), equalTo(ParkedStatus.PARKED));
        assertThat(parked.reason(), equalTo("probe asked to fail"));
        assertThat(fixture.inboxed(refused.id()), equalTo(0L));
        assertThat(fixture.parked(behindRefused.id()).orElseThrow().status(), equalTo(ParkedStatus.HELD));
        assertThat(fixture.effects(refusedCase), equalTo(0L));
        ParkedEvent poison = fixture.parkedByKey(poisonKey).orElseThrow();
        assertThat(poison.status(), equalTo(ParkedStatus.PARKED));
        assertThat(poison.reason(), containsString("not an event envelope"));
        assertThat(fixture.parked(behindPoison.id()).orElseThrow().status(), equalTo(ParkedStatus.HELD));

        // both are on the dead-letter topic too, with where they came from and why
        EventTap.Record copy = await().atMost(Duration.ofSeconds(30))
                .until(() -> fixture.deadLetters(parked.id()), hasSize(1)).get(0);
        assertThat(copy.value(), equalTo(EventCodec.encode(refused)));
        assertThat(copy.headers(), hasEntry("dead-letter-reason", "probe asked to fail"));
        assertThat(copy.headers(), hasEntry("dead-letter-exception-class-name", IllegalStateException.class.getName()));
        assertThat(copy.headers(), hasEntry("dead-letter-topic", TOPIC));
        assertThat(copy.headers(), hasEntry("dead-letter-partition", "0"));
        assertThat(copy.headers(), hasEntry("dead-letter-offset", Long.toString(parked.offset())));
        assertThat(copy.headers(), hasEntry("dead-letter-consumer-group", "platform-probe"));
        assertThat(copy.headers(), hasEntry("careline-held", "false"));
        ParkedEvent held = fixture.parked(behindRefused.id()).orElseThrow();
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> fixture.deadLetters(held.id()), hasSize(1))
                .get(0).headers(), hasEntry("careline-held", "true"));
    }

    @Test
    void aSerialisationFailureIsRetriedAndTheEventAppliedOnce() {
        EventEnvelope conflicted = event(subject(), Map.of("serializationFailures", 3));

        fixture.send(conflicted);

        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.effects(conflicted.id()), equalTo(1L));
        assertThat(ProbeConsumer.RAISED.get(conflicted.id()).get(), equalTo(3));
        assertThat(fixture.parked(conflicted.id()), equalTo(Optional.empty()));
    }

    @Test
    void connectionsKilledWhileEventsStreamInLoseNothingAndParkNothing() throws Exception {
        List<EventEnvelope> sent = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cases.add(subject());
        }
        AtomicInteger killed = new AtomicInteger();
        // the fault, every 50 ms: every other session of the probe's database is terminated, as a restart or
        // a fail-over does
        var config = ConfigProvider.getConfig();
        ScheduledExecutorService faults = Executors.newSingleThreadScheduledExecutor();
        try (Connection admin = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""))) {
            faults.scheduleAtFixedRate(() -> killed.addAndGet(terminateOthers(admin)), 0, 50, TimeUnit.MILLISECONDS);
            for (int round = 0; round < 10; round++) {
                List<Map.Entry<String, String>> batch = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    EventEnvelope e = event(cases.get(i % cases.size()), Map.of());
                    sent.add(e);
                    batch.add(record(e));
                }
                events.sendBatch(TOPIC, round % 3, batch);
            }
            await().atMost(Duration.ofSeconds(60)).until(killed::get, n -> n >= 20);
        } finally {
            faults.shutdownNow();
            faults.awaitTermination(10, TimeUnit.SECONDS);
        }

        // the test's own pooled connections were killed too: the first reads may fail, and are read again
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> assertThat(
                cases.stream().mapToLong(fixture::effects).sum(), equalTo((long) sent.size())));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            sent.forEach(e -> assertThat(fixture.effects(e.id()), equalTo(1L)));
            assertThat(cases.stream().mapToLong(fixture::parkedRows).sum(), equalTo(0L));
        });
    }

    private static int terminateOthers(Connection admin) {
        try (var rs = admin.createStatement().executeQuery("""
                select count(pg_terminate_backend(pid)) from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid()""")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map.Entry<String, String> record(EventEnvelope e) {
        return Map.entry(e.subject(), EventCodec.encode(e));
    }
}
