package com.careline.platform.sla;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
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
class SlaTickerTest {

    private static final String TOPIC = Topics.COMPLAINT_EVENTS;
    private static final String KIND = "probe-response";

    @Inject
    SlaClocks clocks;
    @Inject
    SlaTicker ticker;
    @Inject
    TestClock clock;
    @Inject
    EventTap events;
    @Inject
    EntityManager em;

    @Test
    void clockDueWithTimeMovedRaisesOneEscalation() {
        String caseId = startClock();

        clock.advance(Duration.ofMinutes(61));
        ticker.tick();
        ticker.tick();

        EventEnvelope raised = events.await(TOPIC, caseId, "complaint.escalated");
        Escalated escalation = EventCodec.data(raised, Escalated.class);
        assertThat(escalation.level(), is(1));
        assertThat(escalation.escalateTo(), is("SUPERVISOR"));
        assertThat(escalation.clockKind(), is(KIND));
        assertThat(raised.correlationId(), is("corr-" + caseId));
        assertThat(view(caseId).state(), is(SlaClockState.BREACHED));
        assertEscalations(caseId, 1);
    }

    @Test
    void twoConcurrentTicksRaiseTheEscalationOnce() throws Exception {
        String caseId = startClock();
        clock.advance(Duration.ofMinutes(61));

        CyclicBarrier together = new CyclicBarrier(2);
        var first = CompletableFuture.supplyAsync(() -> tickAfter(together));
        var second = CompletableFuture.supplyAsync(() -> tickAfter(together));
        CompletableFuture.allOf(first, second).get();

        events.await(TOPIC, caseId, "complaint.escalated");
        assertThat(view(caseId).escalationLevel(), is(1));
        assertEscalations(caseId, 1);
    }

    @Test
    void manyClocksDueAtOnceAreEscalatedExactlyOnceByTwoTickers() throws Exception {
        List<String> cases = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 300; i++) {
                String caseId = UUID.randomUUID().toString();
                clocks.start(caseId, KIND, "corr-" + caseId, "SZ");
                cases.add(caseId);
            }
        });
        clock.advance(Duration.ofMinutes(61));

        CyclicBarrier together = new CyclicBarrier(2);
        var first = CompletableFuture.supplyAsync(() -> tickAfter(together));
        var second = CompletableFuture.supplyAsync(() -> tickAfter(together));
        int raised = first.get() + second.get();

        assertThat(raised, greaterThanOrEqualTo(300));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery("select count(*) from outbox_event where subject in (:ids)"
                        + " and sent_at is null").setParameter("ids", cases).getSingleResult()).longValue()), equalTo(0L));
        var ids = new HashSet<>(cases);
        long published = events.records(TOPIC).stream().filter(r -> ids.contains(r.key()))
                .filter(r -> r.envelope().type().equals("complaint.escalated")).count();
        assertThat(published, is(300L));
    }

    @Test
    void laterRungsAreRaisedOnceEachUpTheLadder() {
        String caseId = startClock();

        clock.advance(Duration.ofHours(3));
        ticker.tick();
        ticker.tick();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                escalations(caseId).stream().map(e -> e.level() + ":" + e.escalateTo()).toList(),
                equalTo(List.of("1:SUPERVISOR", "2:CS_MANAGER"))));
        assertThat(view(caseId).nextEscalationAt(), is((Instant) null));
    }

    @Test
    void pauseAndResumeShiftTheDueTime() {
        String caseId = startClock();
        Instant originalDue = view(caseId).dueAt();
        clock.advance(Duration.ofMinutes(20));
        QuarkusTransaction.requiringNew().run(() -> clocks.pause(caseId, KIND, "waiting for the customer"));

        clock.advance(Duration.ofHours(2));
        QuarkusTransaction.requiringNew().run(() -> clocks.resume(caseId, KIND));
        clock.set(originalDue.plusSeconds(60));
        ticker.tick();

        assertThat(view(caseId).dueAt(), is(originalDue.plus(Duration.ofHours(2))));
        assertThat(view(caseId).state(), is(SlaClockState.RUNNING));
        clock.set(originalDue.plus(Duration.ofHours(2)).plusSeconds(1));
        ticker.tick();
        events.await(TOPIC, caseId, "complaint.escalated");
    }

    @Test
    void clockStoppedInTimeIsMetAndNeverEscalates() {
        String caseId = startClock();

        clock.advance(Duration.ofMinutes(30));
        QuarkusTransaction.requiringNew().run(() -> clocks.stop(caseId, KIND));
        clock.advance(Duration.ofHours(5));
        ticker.tick();

        assertThat(view(caseId).state(), is(SlaClockState.MET));
        assertThat(view(caseId).escalationLevel(), is(0));
    }

    private String startClock() {
        String caseId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> clocks.start(caseId, KIND, "corr-" + caseId, "SZ"));
        return caseId;
    }

    private int tickAfter(CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return ticker.tick();
    }

    private SlaClockView view(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> SlaClockView.from(clocks.forCase(caseId).get(0)));
    }

    private List<Escalated> escalations(String caseId) {
        return events.events(TOPIC, caseId).stream().filter(e -> e.type().equals("complaint.escalated"))
                .map(e -> EventCodec.data(e, Escalated.class)).toList();
    }

    /** Once the outbox holds nothing unsent for the case, the topic holds every escalation raised for it. */
    private void assertEscalations(String caseId, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery("select count(*) from outbox_event where subject = :s and sent_at is null")
                        .setParameter("s", caseId).getSingleResult()).longValue()), equalTo(0L));
        assertThat(escalations(caseId), hasSize(expected));
    }
}
