package com.careline.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Many complaints' events of a fresh branch, interleaved as their partitions would interleave them (a
 * complaint's own order kept), some delivered twice, and what applying them one at a time, in that order,
 * gives ({@link Model}); {@link #awaitApplied} waits until the read models hold exactly that.
 */
public final class Burst {

    private static final String[] CHANNELS = {"PHONE", "WEB", "EMAIL"};
    private static final String[] CATEGORIES = {"DELAY", "DAMAGE", "LOSS", "BILLING"};

    private final String branch;
    private final List<EventEnvelope> events;
    private final Model expected = new Model();

    private Burst(String branch, List<EventEnvelope> events) {
        this.branch = branch;
        this.events = events;
        events.forEach(expected::apply);
    }

    /** {@code complaints} complaints of {@code branch} received from {@code start} on, one an hour. */
    public static Burst of(String branch, int complaints, long seed, Instant start) {
        Random random = new Random(seed);
        List<Deque<EventEnvelope>> perComplaint = new ArrayList<>();
        for (int i = 0; i < complaints; i++) {
            perComplaint.add(script(branch, i, complaints, random, start.plus(Duration.ofHours(i))));
        }
        List<EventEnvelope> events = new ArrayList<>();
        while (perComplaint.stream().anyMatch(q -> !q.isEmpty())) {
            Deque<EventEnvelope> next = perComplaint.get(random.nextInt(perComplaint.size()));
            if (!next.isEmpty()) {
                events.add(next.poll());
            }
        }
        return new Burst(branch, events);
    }

    public List<EventEnvelope> events() {
        return events;
    }

    public Model expected() {
        return expected;
    }

    /** How many of the burst's complaints the read models hold now. */
    public long applied(EntityManager em) {
        return new Reader(em, branch).facts().size();
    }

    /** Waits until the read models of the branch are what one-at-a-time application gives; then nothing is parked. */
    public void awaitApplied(EntityManager em, Duration atMost) {
        Reader db = new Reader(em, branch);
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertEquals(expected.facts, db.facts());
            assertEquals(expected.monthly, db.monthly());
            assertEquals(expected.daily, db.daily());
            assertEquals(expected.customers, db.customers());
            assertEquals(expected.rungs, db.rungs());
        });
        assertEquals(0L, db.parked(expected.facts.keySet()), "nothing parked");
    }

    /**
     * One complaint's events: registered (sometimes twice under two event ids, sometimes after an
     * acknowledgement that has nothing to update yet), acknowledged, escalated, transferred, resolved,
     * reopened and resolved again, closed; some events delivered twice.
     */
    private static Deque<EventEnvelope> script(String branch, int i, int complaints, Random random, Instant at) {
        UUID id = UUID.randomUUID();
        Deque<EventEnvelope> events = new ArrayDeque<>();
        boolean major = random.nextInt(5) == 0;
        String customer = branch + "-C" + random.nextInt(complaints / 3);
        var registered = new ComplaintEvents.Registered(id, branch + i, branch, CHANNELS[random.nextInt(3)],
                CATEGORIES[random.nextInt(4)], major, List.of(), null, random.nextInt(10) == 0 ? null : customer,
                "agent", at, null, null); // null: as published before events named their clocks and party
        if (random.nextInt(10) == 0) {
            events.add(event(ComplaintEvents.ACKNOWLEDGED, id, at,
                    new ComplaintEvents.Acknowledged(id, "n", branch, "agent", at.minusSeconds(60))));
        }
        events.add(event(ComplaintEvents.REGISTERED, id, at, registered));
        if (random.nextInt(8) == 0) {
            events.add(event(ComplaintEvents.REGISTERED, id, at, registered));
        }
        Instant t = at;
        if (random.nextBoolean()) {
            t = t.plus(Duration.ofMinutes(20 + random.nextInt(60)));
            events.add(event(ComplaintEvents.ACKNOWLEDGED, id, t,
                    new ComplaintEvents.Acknowledged(id, "n", branch, "agent", t)));
        }
        if (random.nextInt(4) == 0) {
            t = t.plus(Duration.ofHours(2));
            events.add(event(ComplaintEvents.ESCALATED, id, t, new Escalated(UUID.randomUUID(), id.toString(), branch,
                    "complaint-resolution", 1 + random.nextInt(3), "SUPERVISOR", t, t)));
        }
        if (random.nextInt(6) == 0) {
            t = t.plus(Duration.ofMinutes(5));
            events.add(event(ComplaintEvents.TRANSFERRED, id, t, new ComplaintEvents.Transferred(id, "n", branch,
                    "WAREHOUSE", null, null, "agent", t, null)));
        }
        int resolutions = random.nextInt(4); // 0: still open; 2 or 3: reopened in between
        for (int r = 0; r < resolutions; r++) {
            if (r > 0) {
                t = t.plus(Duration.ofDays(1));
                events.add(event(ComplaintEvents.REOPENED, id, t,
                        new ComplaintEvents.Reopened(id, "n", branch, "again", null, "agent", t, null)));
            }
            t = t.plus(Duration.ofHours(3 + random.nextInt(20)));
            events.add(event(ComplaintEvents.RESOLVED, id, t, new ComplaintEvents.Resolved(id, "n", branch,
                    registered.category(), major, "done", "王先生", "13800000001", "agent", at, t, "agent")));
        }
        if (resolutions > 0 && random.nextInt(3) == 0) {
            t = t.plus(Duration.ofDays(2));
            events.add(event(ComplaintEvents.CLOSED, id, t, new ComplaintEvents.Closed(id, "n", branch, null, t, false, null)));
        }
        // redeliveries: the same envelope again, right after or a few events later
        List<EventEnvelope> list = new ArrayList<>(events);
        for (int k = list.size() - 1; k >= 0; k--) {
            if (random.nextInt(6) == 0) {
                list.add(Math.min(list.size(), k + 1 + random.nextInt(3)), list.get(k));
            }
        }
        return new ArrayDeque<>(list);
    }

    private static EventEnvelope event(String type, UUID id, Instant at, Object data) {
        return EventCodec.envelope(type, "careline/complaint-service", id.toString(), id.toString(), at, data);
    }

    /** The whole burst through one producer, as fast as it goes. */
    public static void send(List<EventEnvelope> burst) {
        send(burst, false);
    }

    /** The burst one record after the other, each acknowledged before the next: a steady stream. */
    public static void trickle(List<EventEnvelope> burst) {
        send(burst, true);
    }

    private static void send(List<EventEnvelope> burst, boolean oneByOne) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (EventEnvelope e : burst) {
                sent.add(producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, e.subject(), EventCodec.encode(e))));
                if (oneByOne) {
                    producer.flush();
                    sent.get(sent.size() - 1).get(30, TimeUnit.SECONDS);
                }
            }
            producer.flush();
            for (Future<RecordMetadata> f : sent) {
                f.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish the burst", e);
        }
    }

    /** One complaint_fact row, as compared. */
    public record Fact(Long acknowledged, Long resolved, Long closed, int reopened, int escalationLevel, boolean transferred,
            String month, boolean major, String customer) {
    }

    /** Applies the events one at a time, in order, by the rules of the projection. */
    public static final class Model {

        final Map<UUID, Fact> facts = new TreeMap<>();
        final Map<String, List<Long>> monthly = new TreeMap<>();
        final Map<String, Long> daily = new TreeMap<>();
        final Map<String, Long> customers = new TreeMap<>();
        final Set<String> rungs = new HashSet<>();
        private final Set<UUID> seen = new HashSet<>();

        void apply(EventEnvelope e) {
            if (!seen.add(e.id())) {
                return; // a redelivery: the inbox skips it
            }
            UUID id = UUID.fromString(e.subject());
            Fact f = facts.get(id);
            switch (e.type()) {
                case ComplaintEvents.REGISTERED -> {
                    var r = EventCodec.data(e, ComplaintEvents.Registered.class);
                    if (f != null) {
                        return; // registered again under another event id: once
                    }
                    LocalDate day = LocalDate.ofInstant(r.receivedAt(), Feed.SHANGHAI);
                    String month = day.withDayOfMonth(1).toString();
                    facts.put(id, new Fact(null, null, null, 0, 0, false, month, r.major(), r.customerKey()));
                    List<Long> m = monthly.computeIfAbsent(month + "/" + r.channel() + "/" + r.category(),
                            k -> new ArrayList<>(List.of(0L, 0L)));
                    m.set(0, m.get(0) + 1);
                    m.set(1, m.get(1) + (r.major() ? 1 : 0));
                    daily.merge(day.toString(), 1L, Long::sum);
                    if (r.customerKey() != null) {
                        customers.merge(month + "/" + r.branch() + "/" + r.customerKey(), 1L, Long::sum);
                        customers.merge(month + "/*/" + r.customerKey(), 1L, Long::sum);
                    }
                }
                case ComplaintEvents.ACKNOWLEDGED -> {
                    if (f != null) {
                        long at = EventCodec.data(e, ComplaintEvents.Acknowledged.class).at().getEpochSecond();
                        facts.put(id, new Fact(f.acknowledged() != null ? f.acknowledged() : at, f.resolved(), f.closed(),
                                f.reopened(), f.escalationLevel(), f.transferred(), f.month(), f.major(), f.customer()));
                    }
                }
                case ComplaintEvents.RESOLVED -> {
                    if (f != null) {
                        long at = EventCodec.data(e, ComplaintEvents.Resolved.class).resolvedAt().getEpochSecond();
                        facts.put(id, new Fact(f.acknowledged() != null ? f.acknowledged() : at, at, f.closed(),
                                f.reopened(), f.escalationLevel(), f.transferred(), f.month(), f.major(), f.customer()));
                    }
                }
                case ComplaintEvents.REOPENED -> {
                    if (f != null) {
                        facts.put(id, new Fact(f.acknowledged(), null, null, f.reopened() + 1, f.escalationLevel(),
                                f.transferred(), f.month(), f.major(), f.customer()));
                    }
                }
                case ComplaintEvents.CLOSED -> {
                    if (f != null) {
                        long at = EventCodec.data(e, ComplaintEvents.Closed.class).at().getEpochSecond();
                        facts.put(id, new Fact(f.acknowledged(), f.resolved(), at, f.reopened(), f.escalationLevel(),
                                f.transferred(), f.month(), f.major(), f.customer()));
                    }
                }
                case ComplaintEvents.TRANSFERRED -> {
                    if (f != null) {
                        facts.put(id, new Fact(f.acknowledged(), f.resolved(), f.closed(), f.reopened(),
                                f.escalationLevel(), true, f.month(), f.major(), f.customer()));
                    }
                }
                case ComplaintEvents.ESCALATED -> {
                    var x = EventCodec.data(e, Escalated.class);
                    rungs.add(id + "/" + x.clockKind() + "/" + x.level());
                    if (f != null) {
                        facts.put(id, new Fact(f.acknowledged(), f.resolved(), f.closed(), f.reopened(),
                                Math.max(f.escalationLevel(), x.level()), f.transferred(), f.month(), f.major(),
                                f.customer()));
                    }
                }
                default -> throw new IllegalArgumentException(e.type());
            }
        }
    }

    /** The branch's rows of the read models, in the model's shapes. */
    private record Reader(EntityManager em, String branch) {

        Map<UUID, Fact> facts() {
            Map<UUID, Fact> facts = new TreeMap<>();
            for (Object[] r : rows("""
                    select complaint_id, cast(extract(epoch from acknowledged_at) as bigint),
                           cast(extract(epoch from resolved_at) as bigint), cast(extract(epoch from closed_at) as bigint),
                           reopened, escalation_level, transferred, cast(month as text), major, customer_key
                    from complaint_fact where branch = :branch""", branch)) {
                facts.put((UUID) r[0], new Fact(number(r[1]), number(r[2]), number(r[3]), ((Number) r[4]).intValue(),
                        ((Number) r[5]).intValue(), (Boolean) r[6], (String) r[7], (Boolean) r[8], (String) r[9]));
            }
            return facts;
        }

        Map<String, List<Long>> monthly() {
            Map<String, List<Long>> monthly = new TreeMap<>();
            for (Object[] r : rows("""
                    select cast(month as text) || '/' || channel || '/' || category, registered, major
                    from complaint_monthly where branch = :branch""", branch)) {
                monthly.put((String) r[0], List.of(number(r[1]), number(r[2])));
            }
            return monthly;
        }

        Map<String, Long> daily() {
            Map<String, Long> daily = new TreeMap<>();
            for (Object[] r : rows("select cast(day as text), registered from complaint_registrations where branch = :branch",
                    branch)) {
                daily.put((String) r[0], number(r[1]));
            }
            return daily;
        }

        Map<String, Long> customers() {
            Map<String, Long> customers = new TreeMap<>();
            for (Object[] r : rows("""
                    select cast(month as text) || '/' || branch || '/' || customer_key, complaints
                    from complaint_customer_monthly where customer_key like :branch || '-%'""", branch)) {
                customers.put((String) r[0], number(r[1]));
            }
            return customers;
        }

        Set<String> rungs() {
            Set<String> rungs = new HashSet<>();
            for (Object[] r : rows("""
                    select cast(e.complaint_id as text) || '/' || e.clock_kind || '/' || e.level
                    from complaint_escalation e
                    join complaint_fact f on f.complaint_id = e.complaint_id where f.branch = :branch""", branch)) {
                rungs.add((String) r[0]);
            }
            return rungs;
        }

        long parked(Set<UUID> complaints) {
            List<String> subjects = complaints.stream().map(UUID::toString).toList();
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from parked_event where consumer = :c and subject in (:subjects)")
                    .setParameter("c", "reporting.complaints").setParameter("subjects", subjects)
                    .getSingleResult()).longValue());
        }

        /** Rows as arrays, of one column too. */
        List<Object[]> rows(String sql, String branch) {
            List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql)
                    .setParameter("branch", branch).getResultList());
            return rows.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
        }

        static Long number(Object value) {
            return value == null ? null : ((Number) value).longValue();
        }
    }
}
