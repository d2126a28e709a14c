package com.careline.inquiry.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.inquiry.inquiry.InquiryCommands.AnswerInquiry;
import com.careline.inquiry.inquiry.InquiryCommands.DispatchInquiry;
import com.careline.inquiry.inquiry.InquiryCommands.RecordSatisfaction;
import com.careline.inquiry.inquiry.InquiryCommands.RegisterInquiry;
import com.careline.inquiry.inquiry.InquiryCommands.ReplyToCustomer;
import com.careline.inquiry.customer.CaseLinks;
import com.careline.inquiry.routing.Route;
import com.careline.inquiry.routing.RoutingService;
import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.events.inquiry.InquiryClocks;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.numbers.CaseNumbers;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.privacy.PhoneKeys;
import com.careline.platform.security.BranchScope;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.sla.SlaClock;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.timeline.CaseJournal;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;

/** The use cases of an inquiry and its work order, one transaction each. */
@ApplicationScoped
public class InquiryService {

    private final InquiryRepository inquiries;
    private final CaseNumbers numbers;
    private final CaseJournal journal;
    private final RoutingService routing;
    private final SlaClocks clocks;
    private final Timeline timeline;
    private final CurrentUser user;
    private final BranchScope scope;
    private final CalendarConfig calendar;
    private final CaseLinks customers;
    private final PhoneKeys phoneKeys;
    private final Clock clock;

    InquiryService(InquiryRepository inquiries, CaseNumbers numbers, CaseJournal journal, RoutingService routing,
            SlaClocks clocks, Timeline timeline, CurrentUser user, BranchScope scope, CalendarConfig calendar,
            CaseLinks customers, PhoneKeys phoneKeys, Clock clock) {
        this.inquiries = inquiries;
        this.numbers = numbers;
        this.journal = journal;
        this.routing = routing;
        this.clocks = clocks;
        this.timeline = timeline;
        this.user = user;
        this.scope = scope;
        this.calendar = calendar;
        this.customers = customers;
        this.phoneKeys = phoneKeys;
        this.clock = clock;
    }

    /** Accepts the inquiry; with an answer it is answered at once and closed, else its clocks start. */
    @Transactional
    public InquiryView register(RegisterInquiry form) {
        Instant now = clock.instant();
        CaseLinks.Link customer = customers.forNewCase(form.customerNumber(), form.phone());
        Inquiry q = Inquiry.register(numbers.next(CaseNumbers.Kind.INQUIRY, user.branch(), now), user.branch(), user.id(), form.form(), false, now);
        q.identify(customer.customerId(), customer.phoneKey());
        inquiries.persist(q);
        registered(q, customer.customerNumber(), user.id());
        if (form.answer() != null && !form.answer().isBlank()) {
            answerAtOnce(q, form.answer().strip(), form.articleId(), now);
        } else {
            // a new case has no clocks to look up
            String caseId = q.id().toString();
            clocks.startNew(caseId, InquiryClocks.REPLY, q.correlationId(), q.branch());
            if (q.topic() == Topic.TRACKING) {
                clocks.startNew(caseId, InquiryClocks.TRACKING_ANSWER, q.correlationId(), q.branch());
            }
        }
        Log.infof("inquiry %s (%s) registered at branch %s, correlation %s", q.number(), q.topic(), q.branch(),
                q.correlationId());
        return view(q);
    }

    /** A work order the system opens for a branch: a shipment exception or delay. */
    public record ProactiveOrder(String branch, String waybillNo, String content) {
    }

    /**
     * Opens work orders for shipment exceptions or delays (no customer, owner {@code system}), each dispatched
     * by the rule table at once, with its branch as its region, and with its reply clock. A poll's exception
     * scans and a run of delay notices open many in one transaction, so their timeline lines, events and
     * clocks are written with one statement each, and each inquiry is inserted already dispatched: one by one
     * through Hibernate they were a quarter of inquiry-service's CPU under the shipment bench (run S).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Inquiry> openProactive(List<ProactiveOrder> orders) {
        Instant now = clock.instant();
        List<Inquiry> opened = new ArrayList<>(orders.size());
        List<CaseJournal.Entry> entries = new ArrayList<>(2 * orders.size());
        List<SlaClock> started = new ArrayList<>(orders.size());
        Map<String, Route> routes = routing.routes(orders.stream().map(ProactiveOrder::branch).toList(),
                Topic.WAYBILL_EXCEPTION);
        for (ProactiveOrder order : orders) {
            var form = new Inquiry.Form(Channel.SYSTEM, Topic.WAYBILL_EXCEPTION, order.branch(), null, null,
                    order.waybillNo(), order.content());
            Inquiry q = Inquiry.register(numbers.next(CaseNumbers.Kind.INQUIRY, order.branch(), now), order.branch(),
                    Timeline.SYSTEM, form, true, now);
            entries.add(registration(q, null, Timeline.SYSTEM));
            entries.add(dispatching(q, routes.get(q.region()), Timeline.SYSTEM, "proactive work order",
                    now));
            inquiries.persist(q);
            // the customer hears from us within the same working day limit as if they had asked
            started.add(clocks.started(q.id().toString(), InquiryClocks.REPLY, q.correlationId(), q.branch()));
            opened.add(q);
        }
        journal.recordAll(entries);
        clocks.insertNew(started);
        return opened;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InquiryView get(UUID id) {
        return view(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InquirySummary> list(InquiryQuery query, PageRequest page) {
        String branch = scope.narrow(query.branch());
        var scoped = new InquiryQuery(query.status(), query.topic(), branch, query.queue(), query.waybillNo(),
                query.proactive(), query.from(), query.to());
        return inquiries.find(scoped, page, calendar.zone()).map(InquirySummary::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Timeline.TimelineView> timeline(UUID id) {
        require(id);
        return timeline.of(id.toString());
    }

    @Transactional
    public InquiryView dispatch(UUID id, DispatchInquiry command) {
        Inquiry q = require(id);
        q.status().require(InquiryStatus.Step.DISPATCH);
        dispatch(q, route(q, command), user.id(), command == null ? null : command.note(), clock.instant());
        return view(q);
    }

    /** Without a work order: the receiver's answer at once, closing it; with one: the handler's answer. */
    @Transactional
    public InquiryView answer(UUID id, AnswerInquiry command) {
        Inquiry q = require(id);
        Instant now = clock.instant();
        if (q.status() == InquiryStatus.REGISTERED) {
            answerAtOnce(q, command.answer().strip(), command.articleId(), now);
            return view(q);
        }
        // the 30-minute tracking answer is owed to the customer: its clock stops at the reply, not here (001)
        q.recordAnswer(command.answer().strip(), command.articleId(), user.id(), now);
        journal.record(q, user.id(), "answered", "handler's answer recorded", InquiryEvents.ANSWERED,
                answered(q, false, now));
        return view(q);
    }

    @Transactional
    public InquiryView reply(UUID id, ReplyToCustomer command) {
        Inquiry q = require(id);
        Instant now = clock.instant();
        q.reply(now);
        clocks.stop(q.id().toString(), InquiryClocks.REPLY, InquiryClocks.TRACKING_ANSWER);
        journal.record(q, user.id(), "replied", command == null || command.note() == null ? "answer given to the customer"
                : command.note(), InquiryEvents.REPLIED, new InquiryEvents.Replied(q.id(), q.number(), q.branch(),
                        q.topic().name(), q.customerName(), q.phone(), q.waybillNo(), user.id(), now));
        return view(q);
    }

    /** Records the survey taken at the desk; unsatisfied because of the company sends the work order back (002). */
    @Transactional
    public InquiryView recordSatisfaction(UUID id, RecordSatisfaction command) {
        Inquiry q = require(id);
        if (!command.satisfied() && command.cause() == null) {
            throw new InvalidRequest("cause", "is required when the customer is not satisfied");
        }
        satisfaction(q, command.satisfied(), command.cause(), command.comment(), user.id(), clock.instant());
        return view(q);
    }

    /**
     * Records a survey's result, from the desk or from the follow-up call (002 3 (3)): the same rule either
     * way, so a customer unsatisfied because of the company gets the work order sent back, with a fresh reply
     * clock, whoever asked them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void satisfaction(Inquiry q, boolean satisfied, DissatisfactionCause cause, String comment, String by,
            Instant now) {
        boolean sendBack = !satisfied && cause == DissatisfactionCause.COMPANY;
        q.recordSatisfaction(satisfied, cause, now);
        journal.record(q, by, "satisfaction-recorded", (satisfied ? "satisfied" : "not satisfied: " + cause)
                + (comment == null ? "" : " (" + comment + ")"), InquiryEvents.SATISFACTION_RECORDED,
                new InquiryEvents.SatisfactionRecorded(q.id(), q.number(), q.branch(), satisfied,
                        satisfied ? null : cause.name(), comment, sendBack, by, now));
        if (sendBack) {
            // the work order runs again, with a fresh reply clock
            dispatch(q, routing.route(q.region(), q.topic()), by, "sent back: customer not satisfied", now);
            clocks.start(q.id().toString(), InquiryClocks.REPLY, q.correlationId(), q.branch());
        }
    }

    /** Archives it; {@code reason} is needed (and kept) only while a follow-up survey is still planned. */
    @Transactional
    public InquiryView archive(UUID id, String reason) {
        Inquiry q = require(id);
        Instant now = clock.instant();
        q.archive(now, reason);
        clocks.stop(q.id().toString(), InquiryClocks.REPLY, InquiryClocks.TRACKING_ANSWER);
        journal.record(q, user.id(), "archived", "form, recording and survey archived"
                + (reason == null ? "" : " before the survey's result: " + reason), InquiryEvents.ARCHIVED,
                new InquiryEvents.Archived(q.id(), q.number(), q.branch(), user.id(), now, reason));
        return view(q);
    }

    /** The inquiry, if the caller's branch may see it (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Inquiry require(UUID id) {
        Inquiry q = inquiries.findById(id);
        return scope.requireVisible(q, q == null ? null : q.branch(), "inquiry", id);
    }

    /** {@code customerNumber}: the customer the case is linked to at registration, if any. */
    private void registered(Inquiry q, String customerNumber, String actor) {
        journal.record(registration(q, customerNumber, actor));
    }

    private CaseJournal.Entry registration(Inquiry q, String customerNumber, String actor) {
        return new CaseJournal.Entry(q, actor, "registered", (q.isProactive() ? "proactive work order"
                : "registered via " + q.channel()) + ", topic " + q.topic(), InquiryEvents.REGISTERED,
                new InquiryEvents.Registered(q.id(), q.number(), q.branch(), q.channel().name(), q.topic().name(),
                        q.region(), q.waybillNo(), q.owner(), q.isProactive(), q.receivedAt(),
                        phoneKeys.party(customerNumber, q.customerName(), q.phone())));
    }

    private void answerAtOnce(Inquiry q, String answer, UUID articleId, Instant now) {
        q.answerAtOnce(answer, articleId, user.id(), now);
        clocks.stop(q.id().toString(), InquiryClocks.REPLY, InquiryClocks.TRACKING_ANSWER);
        journal.record(q, user.id(), "answered", "answered at once" + (articleId == null ? ""
                : " from article " + articleId), InquiryEvents.ANSWERED, answered(q, true, now));
    }

    private void dispatch(Inquiry q, Route route, String actor, String note, Instant now) {
        journal.record(dispatching(q, route, actor, note, now));
    }

    /** Sends {@code q} to {@code route} (back, on a later round); returns the change to record. */
    private CaseJournal.Entry dispatching(Inquiry q, Route route, String actor, String note, Instant now) {
        if (q.status() == InquiryStatus.REGISTERED) {
            q.dispatch(route, now);
        } else {
            q.sendBack(route, now);
        }
        Log.infof("inquiry %s dispatched to %s/%s (round %d), correlation %s", q.number(), route.department(),
                route.queue(), q.rounds(), q.correlationId());
        return new CaseJournal.Entry(q, actor, "dispatched", "work order to " + route.department() + "/"
                + route.queue() + (route.ruleId() == null ? " (default route)" : "") + (note == null ? "" : ": " + note),
                InquiryEvents.DISPATCHED, new InquiryEvents.Dispatched(q.id(), q.number(), q.branch(),
                        q.topic().name(), q.region(), route.department(), route.queue(), route.ruleId(), q.rounds(),
                        q.waybillNo(), actor, now));
    }

    private Route route(Inquiry q, DispatchInquiry command) {
        if (command != null && command.department() != null && !command.department().isBlank()) {
            if (command.queue() == null || command.queue().isBlank()) {
                throw new InvalidRequest("queue", "is required with department");
            }
            return new Route(command.department().strip(), command.queue().strip(), null);
        }
        return routing.route(q.region(), q.topic());
    }

    private InquiryEvents.Answered answered(Inquiry q, boolean atOnce, Instant now) {
        return new InquiryEvents.Answered(q.id(), q.number(), q.branch(), q.topic().name(), atOnce, q.answer(),
                q.customerName(), q.phone(), q.waybillNo(), user.id(), q.receivedAt(), now);
    }

    private InquiryView view(Inquiry q) {
        return InquiryView.from(q, clocks.forCase(q.id().toString()));
    }
}
