package com.careline.reporting.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Escalated;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.customer.CustomerEvents;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;

/**
 * Reads what an event changes in the search's read model. A case's status is the name its owning service gives
 * it (ComplaintStatus, InquiryStatus, ClaimStatus, RevisitStatus), set by the event that moves it there; events
 * that move no status (a document received, a progress report) change nothing here.
 */
final class IndexChanges {

    /** Event type -> the status it moves its case to, and whether the case has ended with it. */
    private static final Map<String, Move> MOVES = Map.ofEntries(
            move(ComplaintEvents.ACKNOWLEDGED, "ACKNOWLEDGED", false),
            move(ComplaintEvents.TRANSFERRED, "TRANSFERRED", false),
            move(ComplaintEvents.RESOLVED, "RESOLVED", false),
            move(ComplaintEvents.REOPENED, "REOPENED", false),
            move(ComplaintEvents.CLOSED, "CLOSED", true),
            move(InquiryEvents.DISPATCHED, "DISPATCHED", false),
            move(InquiryEvents.REPLIED, "REPLIED", false),
            move(InquiryEvents.ARCHIVED, "ARCHIVED", true),
            move(ClaimEvents.ASSESSED, "ASSESSED", false),
            move(ClaimEvents.APPROVED, "APPROVED", false),
            move(ClaimEvents.AGREED, "AGREED", false),
            move(ClaimEvents.DISPUTED, "DISPUTED", false),
            move(ClaimEvents.PAID, "PAID", true),
            move(ClaimEvents.REJECTED, "REJECTED", true),
            move(ClaimEvents.WITHDRAWN, "WITHDRAWN", true),
            move(ClaimEvents.SUPERSEDED, "SUPERSEDED", true),
            move(RevisitEvents.DECISION_REQUIRED, "AWAITING_DECISION", false),
            move(RevisitEvents.UNREACHABLE, "UNREACHABLE", true),
            move(RevisitEvents.CANCELLED, "CANCELLED", true));

    private record Move(String status, boolean ended) {
    }

    private IndexChanges() {
    }

    /** Whether any event of this type changes the read model: the others are dropped before any database work. */
    static boolean concerns(String type) {
        return MOVES.containsKey(type) || type.endsWith(".escalated") || switch (type) {
            case ComplaintEvents.REGISTERED, InquiryEvents.REGISTERED, InquiryEvents.ANSWERED,
                    InquiryEvents.SATISFACTION_RECORDED, ClaimEvents.OPENED, ClaimEvents.PARTICULARS_STATED,
                    RevisitEvents.SCHEDULED, RevisitEvents.COMPLETED, CustomerEvents.REGISTERED,
                    CustomerEvents.CHANGED, CustomerEvents.MERGED -> true;
            default -> false;
        };
    }

    static List<IndexChange> of(EventEnvelope e) {
        String id = e.subject();
        Move move = MOVES.get(e.type());
        if (move != null) {
            Stream<IndexChange> status = Stream.of(new IndexChange.Status(id, move.status(), move.ended(), e.time()));
            if (ComplaintEvents.TRANSFERRED.equals(e.type())) {
                String to = EventCodec.data(e, ComplaintEvents.Transferred.class).departmentBranch();
                return Stream.concat(status, Stream.ofNullable(to).map(b -> new IndexChange.Handover(id, b))).toList();
            }
            return status.toList();
        }
        if (e.type().endsWith(".escalated")) {
            Escalated x = EventCodec.data(e, Escalated.class);
            return List.of(new IndexChange.Overdue(x.caseId(), x.clockKind(), x.level(), x.escalateTo(), x.dueAt()));
        }
        return switch (e.type()) {
            case ComplaintEvents.REGISTERED -> {
                var r = EventCodec.data(e, ComplaintEvents.Registered.class);
                yield List.of(new IndexChange.Opened(id, CaseKind.COMPLAINT, r.number(), r.branch(), "REGISTERED",
                        r.waybillNo(), r.party(), null, null, r.receivedAt()));
            }
            case InquiryEvents.REGISTERED -> {
                var r = EventCodec.data(e, InquiryEvents.Registered.class);
                yield List.of(new IndexChange.Opened(id, CaseKind.INQUIRY, r.number(), r.branch(), "REGISTERED",
                        r.waybillNo(), r.party(), null, null, r.receivedAt()));
            }
            // an answer given at once closes the inquiry; a handler's answer waits for the agent's reply
            case InquiryEvents.ANSWERED -> List.of(new IndexChange.Status(id,
                    EventCodec.data(e, InquiryEvents.Answered.class).atOnce() ? "CLOSED" : "ANSWERED", false, e.time()));
            case InquiryEvents.SATISFACTION_RECORDED -> {
                var s = EventCodec.data(e, InquiryEvents.SatisfactionRecorded.class);
                yield List.of(new IndexChange.Status(id, s.sentBack() ? "DISPATCHED" : "SURVEYED", false, e.time()),
                        new IndexChange.Survey(id, s.satisfied(), null));
            }
            case ClaimEvents.OPENED, ClaimEvents.PARTICULARS_STATED -> {
                var o = EventCodec.data(e, ClaimEvents.Opened.class);
                yield List.of(new IndexChange.Opened(id, CaseKind.CLAIM, o.number(), o.branch(), "OPEN",
                        o.waybillNo(), o.party(), null, null, o.openedAt()));
            }
            // scheduled again after a supervisor's decision: back to SCHEDULED
            case RevisitEvents.SCHEDULED -> {
                var s = EventCodec.data(e, RevisitScheduled.class);
                yield List.of(new IndexChange.Opened(id, CaseKind.REVISIT, s.caseNumber(), s.branch(), "SCHEDULED",
                        null, s.party(), s.caseType(), s.caseId(), s.scheduledAt()),
                        new IndexChange.Status(id, "SCHEDULED", false, e.time()));
            }
            case RevisitEvents.COMPLETED -> {
                var c = EventCodec.data(e, RevisitCompleted.class);
                yield List.of(new IndexChange.Status(id, "COMPLETED", true, e.time()),
                        new IndexChange.Survey(id, c.satisfied(), meanOf(c)));
            }
            case CustomerEvents.REGISTERED, CustomerEvents.CHANGED -> {
                var c = EventCodec.data(e, CustomerEvents.Customer.class);
                yield List.of(new IndexChange.Customer(c.customerId(), c.number(), c.name(), c.branch(),
                        c.phoneKeys() == null ? List.of() : c.phoneKeys()));
            }
            case CustomerEvents.MERGED -> {
                var m = EventCodec.data(e, CustomerEvents.Merged.class);
                yield List.of(new IndexChange.Merged(m.number(), m.duplicateId(), m.duplicateNumber(), m.branch()));
            }
            default -> List.of();
        };
    }

    /** The mean of the RATER scores given, to two places; null when none was given. */
    static BigDecimal meanOf(RevisitCompleted c) {
        List<Integer> scores = Stream.of(c.reliability(), c.assurance(), c.tangibles(), c.empathy(),
                c.responsiveness()).filter(Objects::nonNull).toList();
        if (scores.isEmpty()) {
            return null;
        }
        int sum = scores.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    private static Map.Entry<String, Move> move(String type, String status, boolean ended) {
        return Map.entry(type, new Move(status, ended));
    }
}
