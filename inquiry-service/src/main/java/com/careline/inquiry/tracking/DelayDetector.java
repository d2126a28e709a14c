package com.careline.inquiry.tracking;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.inquiry.inquiry.Inquiry;
import com.careline.inquiry.inquiry.InquiryService;
import com.careline.inquiry.inquiry.InquiryService.ProactiveOrder;
import com.careline.platform.events.OutgoingEvent;
import com.careline.platform.events.Topics;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.outbox.Outbox;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.hibernate.Session;

/**
 * Delay detection (133710): a waybill not delivered by its promised time is DELAYED, past the
 * fully-delayed time FULLY_DELAYED. Each is noticed once: the waybill is marked, a proactive work order
 * opened for its branch and an event staged (subject and correlation id: the waybill number).
 *
 * <p>In two steps, so that the scans of a late waybill never wait on the detector: one statement finds due
 * waybills (a range scan of a partial index, {@code FOR UPDATE SKIP LOCKED}, so two instances never notice the
 * same one twice), marks them and queues a {@link DelayNotice} each, and commits at once; then the work orders
 * are opened from the queue, a batch per transaction, each deleting its notice (a notice left by a crash is
 * taken up by the next run). Opening work orders in the marking transaction held the waybill rows for as
 * long as a batch of work orders took, and the scan consumer's projection upserts queued behind it.
 */
@ApplicationScoped
public class DelayDetector {

    enum Level {
        DELAYED("promised_at", "delayed_noticed_at", InquiryEvents.SHIPMENT_DELAYED, "延误"),
        FULLY_DELAYED("fully_delayed_at", "fully_delayed_noticed_at", InquiryEvents.SHIPMENT_FULLY_DELAYED, "彻底延误");

        final String limitColumn;
        final String noticedColumn;
        final String eventType;
        final String label;

        Level(String limitColumn, String noticedColumn, String eventType, String label) {
            this.limitColumn = limitColumn;
            this.noticedColumn = noticedColumn;
            this.eventType = eventType;
            this.label = label;
        }
    }

    /** A batch of notices, oldest first, off the queue; skips those another instance is taking. */
    private static final String TAKE = """
            delete from delay_notice where seq in (
                select seq from delay_notice order by seq limit ? for update skip locked)
            """ + "returning " + DelayNotice.COLUMNS;

    private final EntityManager em;
    private final InquiryService inquiries;
    private final Outbox outbox;
    private final TrackingConfig config;
    private final Clock clock;

    DelayDetector(EntityManager em, InquiryService inquiries, Outbox outbox, TrackingConfig config, Clock clock) {
        this.em = em;
        this.inquiries = inquiries;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${careline.inquiry.tracking.detect-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            detect();
        } catch (RuntimeException e) {
            Log.warnf("delay detection failed, the next run retries: %s", e.getMessage());
        }
    }

    /** Notices every delay due now and opens the work orders of every notice queued; returns how many opened. */
    public int detect() {
        for (Level level : Level.values()) {
            int marked;
            do {
                marked = QuarkusTransaction.requiringNew().call(() -> mark(level));
            } while (marked == config.detectBatchSize());
        }
        int opened = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::openWorkOrders);
            opened += batch;
        } while (batch == config.detectBatchSize());
        return opened;
    }

    /** Marks a batch of the waybills due at {@code level} and queues their notices: one statement. */
    private int mark(Level level) {
        return em.createNativeQuery("""
                with due as (
                    select waybill_no from waybill where %2$s is null and (delivered_at is null or delivered_at > %1$s)
                    and %1$s <= :now order by %1$s limit :limit for update skip locked),
                marked as (
                    update waybill w set %2$s = :now from due where w.waybill_no = due.waybill_no
                    returning w.waybill_no, w.branch, w.route_type, w.picked_up_at, w.promised_at, w.fully_delayed_at)
                insert into delay_notice (waybill_no, level, branch, route_type, picked_up_at, promised_at,
                    fully_delayed_at, noticed_at)
                select waybill_no, :level, branch, route_type, picked_up_at, promised_at, fully_delayed_at, :now
                from marked""".formatted(level.limitColumn, level.noticedColumn))
                .setParameter("now", clock.instant()).setParameter("limit", config.detectBatchSize())
                .setParameter("level", level.name()).executeUpdate();
    }

    /**
     * Takes a batch of queued notices (oldest first) off the queue with one statement, opens their work orders
     * and stages their events; returns how many. Reading them as entities and removing each cost a statement
     * per notice and a dirty check at every flush.
     */
    private int openWorkOrders() {
        List<DelayNotice> notices = em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement take = c.prepareStatement(TAKE)) {
                take.setInt(1, config.detectBatchSize());
                List<DelayNotice> taken = new ArrayList<>();
                try (ResultSet rs = take.executeQuery()) {
                    while (rs.next()) {
                        taken.add(DelayNotice.read(rs));
                    }
                }
                taken.sort(Comparator.comparingLong(DelayNotice::seq)); // delete's returning keeps no order
                return taken;
            }
        });
        if (notices.isEmpty()) {
            return 0;
        }
        List<Inquiry> opened = inquiries.openProactive(notices.stream()
                .map(n -> new ProactiveOrder(n.branch(), n.waybillNo(), n.describe())).toList());
        List<OutgoingEvent> delays = new ArrayList<>(notices.size());
        for (int i = 0; i < notices.size(); i++) {
            DelayNotice n = notices.get(i);
            Inquiry order = opened.get(i);
            delays.add(outbox.event(n.level().eventType, n.waybillNo(), n.waybillNo(),
                    new InquiryEvents.ShipmentDelayed(n.waybillNo(), n.branch(), n.routeType(), n.pickedUpAt(),
                            n.promisedAt(), n.fullyDelayedAt(), n.noticedAt(), order.id())));
            Log.debugf("waybill %s %s at branch %s, work order %s", n.waybillNo(), n.level(), n.branch(),
                    order.number());
        }
        outbox.stageAll(Topics.INQUIRY_EVENTS, delays);
        Log.infof("%d delays noticed, work orders %s to %s opened", notices.size(), opened.get(0).number(),
                opened.get(opened.size() - 1).number());
        return notices.size();
    }
}
