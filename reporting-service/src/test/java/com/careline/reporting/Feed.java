package com.careline.reporting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.careline.platform.events.Party;
import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintClocks;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.testing.EventTap;

/** Publishes complaint and revisit events as complaint-service and revisit-service would. */
public final class Feed {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final EventTap events;
    /** The complaint events kept for {@link #sendTogether}; null when each is sent at once. */
    private final List<EventEnvelope> kept;

    public Feed(EventTap events) {
        this(events, null);
    }

    private Feed(EventTap events, List<EventEnvelope> kept) {
        this.events = events;
        this.kept = kept;
    }

    /** A feed whose complaint events wait for {@link #sendTogether}. */
    public static Feed together(EventTap events) {
        return new Feed(events, new ArrayList<>());
    }

    /** Publishes the kept events in their order to one partition in one go: a consumer polls them as one batch. */
    public void sendTogether(int partition) {
        events.sendBatch(Topics.COMPLAINT_EVENTS, partition,
                kept.stream().map(e -> Map.entry(e.subject(), EventCodec.encode(e))).toList());
        kept.clear();
    }

    public static String freshBranch() {
        return "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** Registers a complaint and returns its id. */
    public UUID registered(String branch, String channel, String category, boolean major, String customer,
            Instant at) {
        UUID id = UUID.randomUUID();
        send(ComplaintEvents.REGISTERED, id, at, new ComplaintEvents.Registered(id, branch + id.toString().substring(0, 8),
                branch, channel, category, major, major ? List.of("MEDIA") : List.of(), null, customer, "agent", at,
                major ? List.of(ComplaintClocks.FIRST_RESPONSE, ComplaintClocks.RESOLUTION, ComplaintClocks.PROGRESS_REPORT,
                        ComplaintClocks.MAJOR_HANDOFF)
                        : List.of(ComplaintClocks.FIRST_RESPONSE, ComplaintClocks.RESOLUTION,
                                ComplaintClocks.PROGRESS_REPORT), Party.NONE));
        return id;
    }

    public void markedMajor(UUID id, String branch, Instant at) {
        send(ComplaintEvents.MARKED_MAJOR, id, at, new ComplaintEvents.MarkedMajor(id, "n", branch, List.of("MEDIA"),
                "customer called the press", "supervisor", at, List.of(ComplaintClocks.MAJOR_HANDOFF)));
    }

    public void acknowledged(UUID id, String branch, Instant at) {
        send(ComplaintEvents.ACKNOWLEDGED, id, at, new ComplaintEvents.Acknowledged(id, "n", branch, "agent", at));
    }

    public void transferred(UUID id, String branch, Instant at) {
        send(ComplaintEvents.TRANSFERRED, id, at,
                new ComplaintEvents.Transferred(id, "n", branch, "WAREHOUSE", null, null, "agent", at, List.of()));
    }

    public void resolved(UUID id, String branch, Instant received, Instant at) {
        send(ComplaintEvents.RESOLVED, id, at, new ComplaintEvents.Resolved(id, "n", branch, "DELAY", false, "done",
                "王先生", "13800000001", "agent", received, at, "agent"));
    }

    public void closed(UUID id, String branch, Instant at) {
        send(ComplaintEvents.CLOSED, id, at, new ComplaintEvents.Closed(id, "n", branch, null, at, false, null));
    }

    /** Closed on a supervisor's decision that the customer cannot be reached (003 (5)). */
    public void closedUnreachable(UUID id, String branch, Instant at) {
        send(ComplaintEvents.CLOSED, id, at, new ComplaintEvents.Closed(id, "n", branch, UUID.randomUUID(), at, true,
                "号码已停机"));
    }

    public void reopened(UUID id, String branch, Instant at) {
        send(ComplaintEvents.REOPENED, id, at, new ComplaintEvents.Reopened(id, "n", branch, "again", null, "agent", at,
                List.of(ComplaintClocks.RESOLUTION, ComplaintClocks.PROGRESS_REPORT)));
    }

    public void escalated(UUID id, String branch, String kind, int level, Instant at) {
        escalated(id, branch, kind, level, at, at);
    }

    /** A rung of the clock due at {@code dueAt}, raised at {@code at}. */
    public void escalated(UUID id, String branch, String kind, int level, Instant dueAt, Instant at) {
        send(ComplaintEvents.ESCALATED, id, at, new Escalated(UUID.randomUUID(), id.toString(), branch, kind, level,
                "SUPERVISOR", dueAt, at));
    }

    public void surveyed(UUID complaint, boolean satisfied, int r, int a, int t, int e, int s, Instant at) {
        UUID revisit = UUID.randomUUID();
        events.send(Topics.REVISIT_EVENTS, EventCodec.envelope(RevisitEvents.COMPLETED, "careline/revisit-service",
                revisit.toString(), complaint.toString(), at, new RevisitCompleted(revisit, RevisitCompleted.COMPLAINT,
                        complaint.toString(), satisfied, r, a, t, e, s, null, at, null)));
    }

    public void ownerChanged(UUID id, String branch, String to, Instant at) {
        send(ComplaintEvents.OWNER_CHANGED, id, at,
                new ComplaintEvents.OwnerChanged(id, "n", branch, "agent", to, "shift change", "supervisor", at));
    }

    private void send(String type, UUID id, Instant at, Object data) {
        EventEnvelope event = EventCodec.envelope(type, "careline/complaint-service", id.toString(), id.toString(), at,
                data);
        if (kept == null) {
            events.send(Topics.COMPLAINT_EVENTS, event);
        } else {
            kept.add(event);
        }
    }
}
