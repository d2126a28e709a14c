package com.careline.reporting.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.events.Channels;
import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.batch.Rows;
import com.careline.reporting.batch.Waves;
import com.careline.reporting.rebuild.Projection;
import com.careline.reporting.rebuild.SwapLock;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the complaint read models current, once per event: the per-complaint fact row, the monthly
 * pre-aggregates and the daily registration counts. A case's events arrive in order (one partition per
 * case); an event about a complaint the projection has not seen changes nothing.
 *
 * <p>A poll is applied with a few multi-row statements: the batch is cut into {@link Waves} by complaint,
 * each wave applies its registrations, acknowledgements, resolutions... with one statement per kind, and
 * the counters of the complaints actually registered (the fact row's insert gates them, so a complaint
 * registered twice counts once) are summed in Java and added with one upsert per table at the end.
 */
@ApplicationScoped
public class ComplaintProjection implements Projection {

    static final String CONSUMER = "reporting.complaints";
    /** Besides registration, the events that start clocks; their {@link Change#data} names them. */
    private static final Set<String> STARTS_CLOCKS = Set.of(ComplaintEvents.TRANSFERRED, ComplaintEvents.REOPENED,
            ComplaintEvents.MARKED_MAJOR);

    private final EventConsumption consumption;
    private final SwapLock swap;
    private final EntityManager em;
    private final ZoneId zone;

    ComplaintProjection(EventConsumption consumption, SwapLock swap, EntityManager em, CalendarConfig calendar) {
        this.consumption = consumption;
        this.swap = swap;
        this.em = em;
        this.zone = calendar.zone();
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public String channel() {
        return Channels.COMPLAINT_EVENTS;
    }

    @Override
    public void begin() {
        swap.awaitSwap();
    }

    @Incoming(Channels.COMPLAINT_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    /** One event's change to the complaint row {@code complaintId}. */
    private record Change(String type, UUID complaintId, Instant at, Object data) {
    }

    @Override
    public void apply(List<EventEnvelope> events) {
        Counters counters = new Counters();
        for (List<Change> wave : Waves.of(Waves.changes(events, this::change), Change::complaintId)) {
            applyWave(wave, counters);
        }
        counters.add(em);
    }

    /** Reads the event (a bad one throws, and is parked); null when it changes no complaint report. */
    private Change change(EventEnvelope event) {
        return switch (event.type()) {
            case ComplaintEvents.REGISTERED -> {
                var r = EventCodec.data(event, ComplaintEvents.Registered.class);
                if ("*".equals(r.branch()) && r.customerKey() != null) {
                    // '*' is the all-branches row of complaint_customer_monthly
                    throw new EventCodec.MalformedEvent("complaint " + r.complaintId() + " of branch '*'");
                }
                yield new Change(event.type(), r.complaintId(), r.receivedAt(), r);
            }
            case ComplaintEvents.ACKNOWLEDGED -> timed(event, EventCodec.data(event, ComplaintEvents.Acknowledged.class).at());
            case ComplaintEvents.RESOLVED -> timed(event, EventCodec.data(event, ComplaintEvents.Resolved.class).resolvedAt());
            case ComplaintEvents.CLOSED -> {
                var c = EventCodec.data(event, ComplaintEvents.Closed.class);
                yield new Change(event.type(), subject(event), timed(event, c.at()).at(), c);
            }
            // data: the clocks the event started, as it names them
            case ComplaintEvents.TRANSFERRED -> new Change(event.type(), subject(event), null,
                    ClocksNamed.of(EventCodec.data(event, ComplaintEvents.Transferred.class)));
            case ComplaintEvents.REOPENED -> new Change(event.type(), subject(event), null,
                    ClocksNamed.of(EventCodec.data(event, ComplaintEvents.Reopened.class)));
            case ComplaintEvents.MARKED_MAJOR -> new Change(event.type(), subject(event), null,
                    ClocksNamed.of(EventCodec.data(event, ComplaintEvents.MarkedMajor.class)));
            case ComplaintEvents.ESCALATED -> {
                var e = EventCodec.data(event, Escalated.class);
                yield new Change(event.type(), UUID.fromString(e.caseId()), e.raisedAt(), e);
            }
            // hand-overs, progress reports and compensation do not change the complaint reports yet
            default -> null;
        };
    }

    private static Change timed(EventEnvelope event, Instant at) {
        if (at == null) {
            throw new EventCodec.MalformedEvent(event.type() + " " + event.id() + " has no time");
        }
        return new Change(event.type(), subject(event), at, null);
    }

    private static UUID subject(EventEnvelope event) {
        return UUID.fromString(event.subject());
    }

    /** A wave has each complaint once: its statements touch distinct rows and may run in any order. */
    private void applyWave(List<Change> wave, Counters counters) {
        Map<String, List<Change>> byType = new HashMap<>();
        wave.forEach(c -> byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c));
        byType.forEach((type, changes) -> {
            if (STARTS_CLOCKS.contains(type)) {
                clocksStarted(changes);
            }
            switch (type) {
                case ComplaintEvents.REGISTERED -> registered(changes, counters);
                case ComplaintEvents.ACKNOWLEDGED -> timed(changes, """
                        update complaint_fact f set acknowledged_at = coalesce(f.acknowledged_at, v.at)
                        from unnest(?::uuid[], ?::timestamptz[]) as v(id, at) where f.complaint_id = v.id""");
                case ComplaintEvents.RESOLVED -> timed(changes, """
                        update complaint_fact f set resolved_at = v.at, acknowledged_at = coalesce(f.acknowledged_at, v.at)
                        from unnest(?::uuid[], ?::timestamptz[]) as v(id, at) where f.complaint_id = v.id""");
                case ComplaintEvents.CLOSED -> closed(changes);
                case ComplaintEvents.TRANSFERRED -> ids(changes, """
                        update complaint_fact set transferred = true
                        where complaint_id = any(?::uuid[])""");
                case ComplaintEvents.REOPENED -> ids(changes, """
                        update complaint_fact set reopened = reopened + 1, resolved_at = null, closed_at = null,
                            closed_unreachable = false
                        where complaint_id = any(?::uuid[])""");
                // found major after intake: it counts as major in the month it was received, once
                case ComplaintEvents.MARKED_MAJOR -> ids(changes, """
                        with flipped as (
                            update complaint_fact set major = true where complaint_id = any(?::uuid[]) and not major
                            returning month, branch, channel, category)
                        insert into complaint_monthly (month, branch, channel, category, registered, major)
                        select month, branch, channel, category, 0, count(*) from flipped
                        group by month, branch, channel, category order by month, branch, channel, category
                        on conflict (month, branch, channel, category) do update
                        set major = complaint_monthly.major + excluded.major""");
                case ComplaintEvents.ESCALATED -> escalated(changes);
                default -> throw new IllegalStateException(type);
            }
        });
    }

    /** The clocks a transfer, reopen or late major finding started, added to those the complaint had. */
    private void clocksStarted(List<Change> changes) {
        Rows rows = new Rows(2);
        changes.forEach(c -> rows.add(c.complaintId(), c.data()));
        rows.execute(em, """
                update complaint_fact f
                set clocks = array(select distinct k from unnest(f.clocks || string_to_array(v.clocks, ',')) k order by k)
                from unnest(?::uuid[], ?::text[]) as v(id, clocks) where f.complaint_id = v.id and v.clocks <> ''""");
    }

    private void registered(List<Change> changes, Counters counters) {
        Rows rows = new Rows(10);
        for (Change c : changes) {
            var r = (ComplaintEvents.Registered) c.data();
            rows.add(r.complaintId(), r.number(), r.branch(), r.channel(), r.category(), r.major(), r.customerKey(),
                    r.receivedAt(), LocalDate.ofInstant(r.receivedAt(), zone).withDayOfMonth(1), ClocksNamed.of(r));
        }
        Set<UUID> inserted = new HashSet<>(rows.returning(em, """
                insert into complaint_fact (complaint_id, number, branch, channel, category, major, customer_key,
                                            received_at, month, clocks)
                select id, number, branch, channel, category, major, customer_key, received_at, month,
                       array(select k from unnest(string_to_array(clocks, ',')) k order by k)
                from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[],
                            ?::timestamptz[], ?::date[], ?::text[])
                     as v(id, number, branch, channel, category, major, customer_key, received_at, month, clocks)
                on conflict (complaint_id) do nothing
                returning complaint_id""", UUID.class));
        for (Change c : changes) {
            if (inserted.contains(c.complaintId())) {
                counters.registered((ComplaintEvents.Registered) c.data(), LocalDate.ofInstant(c.at(), zone));
            }
            // else the same complaint registered again under another event id: counted once
        }
    }

    /** Closed after a satisfied call, or as unreachable on a supervisor's decision (counted apart, 003 (5)). */
    private void closed(List<Change> changes) {
        Rows rows = new Rows(3);
        changes.forEach(c -> rows.add(c.complaintId(), c.at(), ((ComplaintEvents.Closed) c.data()).unreachable()));
        rows.execute(em, """
                update complaint_fact f set closed_at = v.at, closed_unreachable = v.unreachable
                from unnest(?::uuid[], ?::timestamptz[], ?::boolean[]) as v(id, at, unreachable)
                where f.complaint_id = v.id""");
    }

    private void timed(List<Change> changes, String sql) {
        Rows rows = new Rows(2);
        changes.forEach(c -> rows.add(c.complaintId(), c.at()));
        rows.execute(em, sql);
    }

    private void ids(List<Change> changes, String sql) {
        Rows rows = new Rows(1);
        changes.forEach(c -> rows.add(c.complaintId()));
        rows.execute(em, sql);
    }

    private void escalated(List<Change> changes) {
        Rows rungs = new Rows(6);
        Rows levels = new Rows(2);
        for (Change c : changes) {
            var e = (Escalated) c.data();
            // a rung is its clock's due time and level: a clock restarted by a reopen breaches anew
            rungs.add(c.complaintId(), e.clockKind(), e.dueAt() == null ? e.raisedAt() : e.dueAt(), e.level(),
                    e.escalateTo(), e.raisedAt());
            levels.add(c.complaintId(), e.level());
        }
        rungs.execute(em, """
                insert into complaint_escalation (complaint_id, clock_kind, due_at, level, escalate_to, raised_at)
                select * from unnest(?::uuid[], ?::text[], ?::timestamptz[], ?::int[], ?::text[], ?::timestamptz[])
                on conflict do nothing""");
        levels.execute(em, """
                update complaint_fact f set escalation_level = greatest(f.escalation_level, v.level)
                from unnest(?::uuid[], ?::int[]) as v(id, level) where f.complaint_id = v.id""");
    }

    /**
     * The batch's registrations summed per counter row. Added in key order, so that two consumers adding to
     * the same rows lock them in the same order and never deadlock.
     */
    private static final class Counters {

        private record Monthly(LocalDate month, String branch, String channel, String category) {
        }

        private record Daily(String branch, LocalDate day) {
        }

        private record Customer(LocalDate month, String branch, String customerKey) {
        }

        private final Map<Monthly, long[]> monthly = new HashMap<>();
        private final Map<Daily, long[]> daily = new HashMap<>();
        private final Map<Customer, long[]> customers = new HashMap<>();

        void registered(ComplaintEvents.Registered r, LocalDate day) {
            LocalDate month = day.withDayOfMonth(1);
            long[] m = monthly.computeIfAbsent(new Monthly(month, r.branch(), r.channel(), r.category()),
                    k -> new long[2]);
            m[0]++;
            m[1] += r.major() ? 1 : 0;
            daily.computeIfAbsent(new Daily(r.branch(), day), k -> new long[1])[0]++;
            if (r.customerKey() != null) {
                customers.computeIfAbsent(new Customer(month, r.branch(), r.customerKey()), k -> new long[1])[0]++;
                customers.computeIfAbsent(new Customer(month, "*", r.customerKey()), k -> new long[1])[0]++;
            }
        }

        void add(EntityManager em) {
            Rows m = new Rows(6);
            monthly.forEach((k, v) -> m.add(k.month(), k.branch(), k.channel(), k.category(), v[0], v[1]));
            m.execute(em, """
                    insert into complaint_monthly (month, branch, channel, category, registered, major)
                    select * from unnest(?::date[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[])
                        as v(month, branch, channel, category, registered, major)
                    order by month, branch, channel, category
                    on conflict (month, branch, channel, category) do update
                    set registered = complaint_monthly.registered + excluded.registered,
                        major = complaint_monthly.major + excluded.major""");
            Rows d = new Rows(3);
            daily.forEach((k, v) -> d.add(k.branch(), k.day(), v[0]));
            d.execute(em, """
                    insert into complaint_registrations (branch, day, registered)
                    select * from unnest(?::text[], ?::date[], ?::bigint[]) as v(branch, day, registered)
                    order by branch, day
                    on conflict (branch, day) do update
                    set registered = complaint_registrations.registered + excluded.registered""");
            Rows c = new Rows(4);
            customers.forEach((k, v) -> c.add(k.month(), k.branch(), k.customerKey(), v[0]));
            c.execute(em, """
                    insert into complaint_customer_monthly (month, branch, customer_key, complaints)
                    select * from unnest(?::date[], ?::text[], ?::text[], ?::bigint[])
                        as v(month, branch, customer_key, complaints)
                    order by month, branch, customer_key
                    on conflict (month, branch, customer_key) do update
                    set complaints = complaint_customer_monthly.complaints + excluded.complaints""");
        }
    }
}
