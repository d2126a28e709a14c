package com.careline.complaint.intake;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.complaint.api.ComplaintView;
import com.careline.complaint.complaint.Complaint;
import com.careline.complaint.complaint.ComplaintRepository;
import com.careline.complaint.sla.ComplaintClocks;
import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.complaint.ComplaintRegistered;
import com.careline.platform.outbox.Outbox;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.sla.SlaClocks;
import io.quarkus.logging.Log;

/** Registration: number, persist, start the clocks and stage the event, in one transaction. */
@ApplicationScoped
public class IntakeService {

    private final ComplaintRepository complaints;
    private final SlaClocks clocks;
    private final Outbox outbox;
    private final CurrentUser user;
    private final CalendarConfig calendar;
    private final Clock clock;

    IntakeService(ComplaintRepository complaints, SlaClocks clocks, Outbox outbox, CurrentUser user,
            CalendarConfig calendar, Clock clock) {
        this.complaints = complaints;
        this.clocks = clocks;
        this.outbox = outbox;
        this.user = user;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public ComplaintView register(RegisterComplaint form) {
        var now = clock.instant();
        String number = number(user.branch(), YearMonth.from(now.atZone(calendar.zone())), complaints.nextNumber());
        Complaint complaint = Complaint.register(number, user.branch(), user.id(), form.form(), now);
        complaints.persist(complaint);
        var firstResponse = clocks.start(complaint.id().toString(), ComplaintClocks.FIRST_RESPONSE,
                complaint.correlationId());
        outbox.stage(Topics.COMPLAINT_EVENTS, ComplaintEvents.REGISTERED, complaint.id().toString(),
                complaint.correlationId(), new ComplaintRegistered(complaint.id(), number, complaint.branch(),
                        complaint.channel().name(), complaint.category().name(), complaint.owner(), now));
        Log.infof("complaint %s registered at branch %s, correlation %s", number, complaint.branch(),
                complaint.correlationId());
        return ComplaintView.from(complaint, List.of(firstResponse));
    }

    /** 000's numbers look like HLSZB2003****: branch, year and month, then a sequence (at least six digits). */
    static String number(String branch, YearMonth month, long sequence) {
        return "%s%04d%02d%06d".formatted(branch, month.getYear(), month.getMonthValue(), sequence);
    }
}
