package com.careline.inquiry.tracking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.inquiry.inquiry.Inquiry;
import com.careline.inquiry.inquiry.InquiryService;
import com.careline.platform.events.Topics;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.outbox.Outbox;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delay detection (133710): a waybill not delivered by its promised time is DELAYED, past the
 * fully-delayed time FULLY_DELAYED. Each is noticed once: the waybill is marked, a proactive work order
 * opened for its branch and an event staged (subject and correlation id: the waybill number). Due
 * waybills are found by a range scan of a partial index and locked {@code FOR UPDATE SKIP LOCKED}, so two
 * instances never notice the same waybill twice.
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

    /** Notices every delay due now; returns how many were noticed. */
    public int detect() {
        int noticed = 0;
        for (Level level : Level.values()) {
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> detectBatch(level));
                noticed += batch;
            } while (batch == config.detectBatchSize());
        }
        return noticed;
    }

    private int detectBatch(Level level) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Waybill> due = em.createNativeQuery("""
                select * from waybill where %2$s is null and (delivered_at is null or delivered_at > %1$s)
                and %1$s <= :now order by %1$s limit :limit for update skip locked"""
                .formatted(level.limitColumn, level.noticedColumn), Waybill.class)
                .setParameter("now", now).setParameter("limit", config.detectBatchSize()).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("update waybill set %s = :now where waybill_no in (:nos)".formatted(level.noticedColumn))
                .setParameter("now", now).setParameter("nos", due.stream().map(Waybill::waybillNo).toList())
                .executeUpdate();
        for (Waybill w : due) {
            Inquiry order = inquiries.openProactive(w.branch(), w.waybillNo(), "%s: %s route, picked up %s, due %s"
                    .formatted(level.label, w.routeType(), w.pickedUpAt(),
                            level == Level.DELAYED ? w.promisedAt() : w.fullyDelayedAt()));
            outbox.stage(Topics.INQUIRY_EVENTS, level.eventType, w.waybillNo(), w.waybillNo(),
                    new InquiryEvents.ShipmentDelayed(w.waybillNo(), w.branch(), w.routeType(), w.pickedUpAt(),
                            w.promisedAt(), w.fullyDelayedAt(), now, order.id()));
            Log.infof("waybill %s %s at branch %s, work order %s", w.waybillNo(), level, w.branch(), order.number());
        }
        return due.size();
    }
}
