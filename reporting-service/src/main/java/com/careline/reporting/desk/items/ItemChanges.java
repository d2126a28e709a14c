package com.careline.reporting.desk.items;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.claim.ClaimClocks;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.events.complaint.ComplaintClocks;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.inquiry.InquiryClocks;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.events.revisit.RevisitAttempted;
import com.careline.platform.events.revisit.RevisitClocks;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.reporting.desk.items.WorkItem.Kind;
import com.careline.reporting.desk.items.WorkItem.Status;

/**
 * What a case event changes on the desk, in plain Java. The events say when a clock is met (the event of the
 * step that stops it in its service), when a case is done and who owns it; nothing else ends an item, and an
 * acknowledgement on the desk ends none.
 */
public final class ItemChanges {

    /** What one event does to the desk's items, all of one case: the key of its {@code Waves}. */
    public sealed interface Change {
        String caseId();
    }

    /** A new item; {@code mailed}: its recipients get a mail. An owner change puts the new owner on it. */
    public record Raise(WorkItem item, boolean mailed, boolean replacesOwner) implements Change {
        @Override
        public String caseId() {
            return item.caseId();
        }
    }

    /** The clocks of {@code kinds} (every clock when empty) of the case are met: their escalations are done. */
    public record ClockMet(String caseId, Set<String> kinds, Instant at) implements Change {
    }

    /** The case's item of {@code kind} is done (a resolved complaint's ownership, a call made). */
    public record Finished(String caseId, Kind kind, Instant at) implements Change {
    }

    /** The case's item of {@code kind} is open again (a reopened complaint, a work order sent back). */
    public record Reopened(String caseId, Kind kind) implements Change {
    }

    /** The follow-up call {@code caseId} shows again from {@code from} (a call that did not reach the customer). */
    public record DueAgain(String caseId, Instant from) implements Change {
    }

    public static final String COMPLAINT = "COMPLAINT";
    public static final String INQUIRY = "INQUIRY";
    public static final String CLAIM = "CLAIM";
    public static final String REVISIT = "REVISIT";
    private static final Set<String> ALL_CLOCKS = Set.of();

    private static final Set<String> TYPES = Set.of(
            ComplaintEvents.REGISTERED, ComplaintEvents.OWNER_CHANGED, ComplaintEvents.ESCALATED,
            ComplaintEvents.URGENT_AFTER_HOURS, ComplaintEvents.ACKNOWLEDGED, ComplaintEvents.MAJOR_RECEIVED,
            ComplaintEvents.PROGRESS_REPORTED, ComplaintEvents.RESOLVED, ComplaintEvents.REOPENED,
            ComplaintEvents.CLOSED,
            InquiryEvents.REGISTERED, InquiryEvents.ESCALATED, InquiryEvents.ANSWERED, InquiryEvents.REPLIED,
            InquiryEvents.SATISFACTION_RECORDED, InquiryEvents.ARCHIVED,
            ClaimEvents.ESCALATED, ClaimEvents.REPLIED, ClaimEvents.ASSESSED, ClaimEvents.PAID, ClaimEvents.REJECTED,
            ClaimEvents.WITHDRAWN, ClaimEvents.SUPERSEDED,
            RevisitEvents.SCHEDULED, RevisitEvents.ATTEMPTED, RevisitEvents.COMPLETED, RevisitEvents.UNREACHABLE,
            RevisitEvents.CANCELLED, RevisitEvents.DECISION_REQUIRED, RevisitEvents.ESCALATED);

    private final Audience audience;
    private final String afterHoursRole;
    private final String followUpRole;
    private final ZoneId zone;

    public ItemChanges(Audience audience, String afterHoursRole, String followUpRole, ZoneId zone) {
        this.audience = audience;
        this.afterHoursRole = afterHoursRole;
        this.followUpRole = followUpRole;
        this.zone = zone;
    }

    public static boolean concerns(EventEnvelope event) {
        return TYPES.contains(event.type());
    }

    /** The event's changes; a malformed event throws (and is parked). */
    public List<Change> of(EventEnvelope event) {
        String subject = event.subject();
        return switch (event.type()) {
            case ComplaintEvents.REGISTERED -> {
                var r = EventCodec.data(event, ComplaintEvents.Registered.class);
                yield r.owner() == null ? List.of() : List.of(owned(COMPLAINT, r.complaintId(), r.number(),
                        r.branch(), r.owner(), r.receivedAt(), false));
            }
            case ComplaintEvents.OWNER_CHANGED -> {
                var o = EventCodec.data(event, ComplaintEvents.OwnerChanged.class);
                yield List.of(owned(COMPLAINT, o.complaintId(), o.number(), o.branch(), o.to(), o.at(), true));
            }
            case ComplaintEvents.URGENT_AFTER_HOURS -> {
                var u = EventCodec.data(event, ComplaintEvents.UrgentAfterHours.class);
                yield List.of(new Raise(item(Kind.URGENT_AFTER_HOURS, COMPLAINT, u.complaintId().toString(),
                        u.number(), u.branch(), afterHoursRole, null, null, null, null, null, u.at()), true, false));
            }
            case ComplaintEvents.ESCALATED, InquiryEvents.ESCALATED, ClaimEvents.ESCALATED,
                    RevisitEvents.ESCALATED -> List.of(escalation(event));
            // 001: the first response reached the customer; the urgent matter is in hand with it
            case ComplaintEvents.ACKNOWLEDGED -> List.of(
                    met(subject, event, ComplaintClocks.FIRST_RESPONSE),
                    new Finished(subject, Kind.URGENT_AFTER_HOURS, event.time()));
            case ComplaintEvents.MAJOR_RECEIVED -> List.of(met(subject, event, ComplaintClocks.MAJOR_HANDOFF));
            case ComplaintEvents.PROGRESS_REPORTED -> List.of(met(subject, event, ComplaintClocks.PROGRESS_REPORT));
            case ComplaintEvents.RESOLVED -> List.of(
                    met(subject, event, ComplaintClocks.FIRST_RESPONSE, ComplaintClocks.PROGRESS_REPORT,
                            ComplaintClocks.RESOLUTION),
                    new Finished(subject, Kind.OWNED_CASE, event.time()),
                    new Finished(subject, Kind.URGENT_AFTER_HOURS, event.time()));
            case ComplaintEvents.REOPENED -> List.of(new Reopened(subject, Kind.OWNED_CASE));
            case ComplaintEvents.CLOSED -> List.of(new ClockMet(subject, ALL_CLOCKS, event.time()),
                    new Finished(subject, Kind.OWNED_CASE, event.time()),
                    new Finished(subject, Kind.URGENT_AFTER_HOURS, event.time()));
            case InquiryEvents.REGISTERED -> {
                var r = EventCodec.data(event, InquiryEvents.Registered.class);
                yield r.owner() == null ? List.of() : List.of(owned(INQUIRY, r.inquiryId(), r.number(), r.branch(),
                        r.owner(), r.receivedAt(), false));
            }
            case InquiryEvents.ANSWERED -> List.of(met(subject, event, InquiryClocks.TRACKING_ANSWER));
            // 002: the reply is the owner's job; a satisfaction survey may send the work order back
            case InquiryEvents.REPLIED -> List.of(
                    met(subject, event, InquiryClocks.REPLY, InquiryClocks.TRACKING_ANSWER),
                    new Finished(subject, Kind.OWNED_CASE, event.time()));
            case InquiryEvents.SATISFACTION_RECORDED ->
                EventCodec.data(event, InquiryEvents.SatisfactionRecorded.class).sentBack()
                        ? List.of(new Reopened(subject, Kind.OWNED_CASE)) : List.of();
            case InquiryEvents.ARCHIVED -> List.of(new ClockMet(subject, ALL_CLOCKS, event.time()),
                    new Finished(subject, Kind.OWNED_CASE, event.time()));
            case ClaimEvents.REPLIED, ClaimEvents.ASSESSED -> List.of(met(subject, event, ClaimClocks.REPLY));
            case ClaimEvents.PAID -> List.of(met(subject, event, ClaimClocks.PAYMENT));
            case ClaimEvents.REJECTED, ClaimEvents.WITHDRAWN, ClaimEvents.SUPERSEDED ->
                List.of(new ClockMet(subject, ALL_CLOCKS, event.time()));
            case RevisitEvents.SCHEDULED -> {
                var s = EventCodec.data(event, RevisitScheduled.class);
                yield List.of(new Raise(item(Kind.FOLLOW_UP_DUE, REVISIT, s.revisitId().toString(), s.caseNumber(),
                        s.branch(), followUpRole, null, null, null, null, s.deadline(), morningOf(s.dueOn(), event)),
                        false, false));
            }
            case RevisitEvents.ATTEMPTED -> {
                var a = EventCodec.data(event, RevisitAttempted.class);
                yield a.nextDueOn() == null ? List.of()
                        : List.of(new DueAgain(subject, morningOf(a.nextDueOn(), event)));
            }
            // the calls stop: made, given up, moot, or up to a supervisor's decision (its own clock escalates)
            case RevisitEvents.COMPLETED, RevisitEvents.UNREACHABLE, RevisitEvents.CANCELLED -> List.of(
                    new ClockMet(subject, ALL_CLOCKS, event.time()),
                    new Finished(subject, Kind.FOLLOW_UP_DUE, event.time()));
            case RevisitEvents.DECISION_REQUIRED -> List.of(met(subject, event, RevisitClocks.CALLS),
                    new Finished(subject, Kind.FOLLOW_UP_DUE, event.time()));
            default -> List.of();
        };
    }

    private Raise escalation(EventEnvelope event) {
        var e = EventCodec.data(event, Escalated.class);
        if (e.clockId() == null || e.caseId() == null || e.branch() == null || e.escalateTo() == null
                || e.raisedAt() == null || e.level() < 1) {
            throw new EventCodec.MalformedEvent(event.type() + " " + event.id() + " lacks its clock, case, branch, "
                    + "role, time or level");
        }
        String domain = event.type().substring(0, event.type().indexOf('.'));
        // events published before dueAt existed name the rung by its time
        Instant due = e.dueAt() == null ? e.raisedAt() : e.dueAt();
        return new Raise(item(Kind.ESCALATION, domain.toUpperCase(), e.caseId(), null, e.branch(), e.escalateTo(),
                null, e.clockId(), e.clockKind(), e.level(), due, e.raisedAt()), true, false);
    }

    private Raise owned(String caseKind, UUID caseId, String number, String branch, String owner, Instant at,
            boolean replacesOwner) {
        if (at == null) {
            throw new EventCodec.MalformedEvent("the " + caseKind.toLowerCase() + " " + caseId + " event has no time");
        }
        return new Raise(item(Kind.OWNED_CASE, caseKind, caseId.toString(), number, branch, null, owner, null, null,
                null, null, at), false, replacesOwner);
    }

    private WorkItem item(Kind kind, String caseKind, String caseId, String number, String branch, String role,
            String owner, UUID clockId, String clockKind, Integer level, Instant dueAt, Instant raisedAt) {
        String key = WorkItem.key(kind, caseId, clockId, level, dueAt);
        return new WorkItem(WorkItem.idOf(key), kind, caseKind, caseId, number, branch, role,
                role == null ? null : audience.addressBranch(role, branch), owner, clockId, clockKind, level, dueAt,
                raisedAt, Status.OPEN, null, null);
    }

    private static ClockMet met(String caseId, EventEnvelope event, String... kinds) {
        return new ClockMet(caseId, Set.of(kinds), event.time());
    }

    private Instant morningOf(LocalDate day, EventEnvelope event) {
        if (day == null) {
            throw new EventCodec.MalformedEvent(event.type() + " " + event.id() + " has no day");
        }
        return day.atStartOfDay(zone).toInstant();
    }
}
