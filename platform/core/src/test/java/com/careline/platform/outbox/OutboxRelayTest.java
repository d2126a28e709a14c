package com.careline.platform.outbox;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.OutgoingEvent;
import com.careline.platform.events.Topics;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class OutboxRelayTest {

    private static final String TOPIC = Topics.COMPLAINT_EVENTS;

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    EventTap events;
    @Inject
    EntityManager em;
    @Inject
    TestClock clock;

    @Test
    void rolledBackChangePublishesNothing() {
        String subject = UUID.randomUUID().toString();

        assertThrows(() -> QuarkusTransaction.requiringNew().run(() -> {
            stage(subject, "probe.rolled-back");
            throw new IllegalStateException("the change fails after its event was staged");
        }));
        OutgoingEvent marker = QuarkusTransaction.requiringNew().call(() -> stage(subject, "probe.committed"));

        events.await(TOPIC, subject, "probe.committed");
        assertThat(events.events(TOPIC, subject).stream().map(EventEnvelope::id).toList(), contains(marker.id()));
        assertThat(pendingCount(subject), is(0L));
    }

    @Test
    void committedEventsArePublishedExactlyOnceWithTwoRelaysRunning() throws Exception {
        String subject = UUID.randomUUID().toString();
        List<UUID> staged = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> IntStream.range(0, 50)
                .forEach(i -> staged.add(stage(subject, "probe.counted").id())));

        CyclicBarrier together = new CyclicBarrier(2);
        var first = CompletableFuture.supplyAsync(() -> relayAfter(together));
        var second = CompletableFuture.supplyAsync(() -> relayAfter(together));
        CompletableFuture.allOf(first, second).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> pendingCount(subject), equalTo(0L));
        List<UUID> published = events.events(TOPIC, subject).stream().map(EventEnvelope::id).toList();
        assertThat(published, equalTo(staged));
    }

    @Test
    void sentRowsArePrunedAfterTheRetention() {
        String subject = UUID.randomUUID().toString();
        OutgoingEvent sent = QuarkusTransaction.requiringNew().call(() -> stage(subject, "probe.pruned"));
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingCount(subject), equalTo(0L));

        clock.advance(Duration.ofDays(2));
        QuarkusTransaction.requiringNew().run(relay::prune);

        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where id = :id").setParameter("id", sent.id()).getSingleResult())
                .longValue());
        assertThat(left, is(0L));
    }

    @Test
    void eventsOfOneCaseKeepTheirOrderAcrossTransactions() {
        String subject = UUID.randomUUID().toString();
        List<UUID> staged = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            staged.add(QuarkusTransaction.requiringNew().call(() -> stage(subject, "probe.ordered")).id());
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(events.events(TOPIC, subject), hasSize(10)));

        assertThat(events.events(TOPIC, subject).stream().map(EventEnvelope::id).toList(), equalTo(staged));
    }

    @Test
    void aBatchStagedWithOneStatementArrivesAsStagedWhateverItsText() {
        String subject = UUID.randomUUID().toString();
        // what an array literal would have to quote or escape: quotes, backslashes, braces, commas, NULL
        List<String> notes = List.of("say \"hi\"", "C:\\path\\{x}", "a, b, {c}", "NULL", "投诉 ¥200 📦", "");
        List<OutgoingEvent> staged = new ArrayList<>();
        for (String note : notes) {
            Map<String, Object> data = new java.util.HashMap<>();
            data.put("note", note);
            data.put("missing", null);
            staged.add(outbox.event("probe.text", subject, "corr-" + subject, data));
        }
        QuarkusTransaction.requiringNew().run(() -> outbox.stageAll(TOPIC, staged));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(events.events(TOPIC, subject), hasSize(notes.size())));
        List<EventEnvelope> received = events.events(TOPIC, subject);
        assertThat(received.stream().map(EventEnvelope::id).toList(),
                equalTo(staged.stream().map(OutgoingEvent::id).toList()));
        assertThat(received.stream().map(e -> e.data().get("note").asText()).toList(), equalTo(notes));
        assertThat(received.get(0).data().get("missing").isNull(), is(true));
    }

    private int relayAfter(CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return relay.publishPending();
    }

    private OutgoingEvent stage(String subject, String type) {
        return outbox.stage(TOPIC, type, subject, "corr-" + subject, Map.of("probe", true));
    }

    private long pendingCount(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where subject = :s and sent_at is null")
                .setParameter("s", subject).getSingleResult()).longValue());
    }

    private static void assertThrows(Runnable action) {
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, action::run);
    }
}
