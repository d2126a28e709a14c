package com.careline.reporting.registrations;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Counts registered complaints per branch and day, once per event. */
@ApplicationScoped
public class ComplaintRegistrations {

    static final String CONSUMER = "reporting.complaint-registrations";

    private final Inbox inbox;
    private final EntityManager em;
    private final ZoneId zone;

    ComplaintRegistrations(Inbox inbox, EntityManager em, CalendarConfig calendar) {
        this.inbox = inbox;
        this.em = em;
        this.zone = calendar.zone();
    }

    @Incoming(Channels.COMPLAINT_EVENTS)
    @Blocking
    @Transactional
    public void consume(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (!ComplaintEvents.REGISTERED.equals(event.type())) {
            return;
        }
        ComplaintEvents.Registered registered = EventCodec.data(event, ComplaintEvents.Registered.class);
        LocalDate day = LocalDate.ofInstant(registered.receivedAt(), zone);
        em.createNativeQuery("""
                insert into complaint_registrations (branch, day, registered) values (:branch, :day, 1)
                on conflict (branch, day) do update set registered = complaint_registrations.registered + 1""")
                .setParameter("branch", registered.branch()).setParameter("day", day).executeUpdate();
    }
}
