package com.careline.platform.inbox;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class InboxTest {

    private static final String TOPIC = Topics.REVISIT_EVENTS;

    @Inject
    EventTap events;
    @Inject
    EntityManager em;

    @Test
    void duplicateDeliveryIsActedOnOnce() {
        EventEnvelope event = event(UUID.randomUUID().toString(), Map.of());
        String after = UUID.randomUUID().toString();

        events.send(TOPIC, event);
        events.send(TOPIC, event);
        events.send(TOPIC, event(after, Map.of()));

        // the later event on another key proves the consumer went past both copies
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(after), equalTo(1L));
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(event.subject()), equalTo(1L));
    }

    @Test
    void poisonMessageIsParkedWithItsReasonAndTheNextMessageIsProcessed() {
        String key = UUID.randomUUID().toString();
        EventEnvelope next = event(key, Map.of());

        events.send(TOPIC, key, "{not json at all");
        events.send(TOPIC, next);

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(key), equalTo(1L));
        EventTap.Record parked = await().atMost(Duration.ofSeconds(30)).until(
                () -> events.records(Topics.deadLetter(TOPIC)).stream().filter(r -> key.equals(r.key())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(parked.value(), equalTo("{not json at all"));
        assertThat(parked.headers(), hasEntry(equalTo("dead-letter-reason"), containsString("not an event envelope")));
    }

    @Test
    void failedEffectLeavesNoInboxRecordAndIsParked() {
        EventEnvelope failing = event(UUID.randomUUID().toString(), Map.of("fail", true));

        events.send(TOPIC, failing);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                events.records(Topics.deadLetter(TOPIC)).stream().map(EventTap.Record::key).toList(),
                hasItem(failing.subject())));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_event where event_id = :id").setParameter("id", failing.id())
                .getSingleResult()).longValue()), equalTo(0L));
    }

    private static EventEnvelope event(String subject, Map<String, Object> data) {
        return EventCodec.envelope("revisit.completed", "careline/test", subject, "corr-" + subject, Instant.now(), data);
    }

    private long effects(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from probe_effect where subject = :s").setParameter("s", subject)
                .getSingleResult()).longValue());
    }
}
