package com.careline.claims.shipment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.validity.ValidityConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * When each waybill was picked up, as the branches' scans say (001 处理有效期): what checks a claim whose form
 * states no pickup date. A row is kept for the validity period and a month more, then pruned, so the table
 * holds about 13 months of pickups: a claim on a waybill forgotten since is not refused by it (the form's
 * {@code pickedUpOn} still is).
 */
@ApplicationScoped
public class WaybillPickups {

    private final EntityManager em;
    private final ValidityConfig validity;
    private final CalendarConfig calendar;
    private final Clock clock;

    WaybillPickups(EntityManager em, ValidityConfig validity, CalendarConfig calendar, Clock clock) {
        this.em = em;
        this.validity = validity;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Records {@code pickups} (waybill to pickup date) with one statement; the earliest date of a waybill wins. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Map<String, LocalDate> pickups) {
        if (pickups.isEmpty()) {
            return;
        }
        List<String> waybills = List.copyOf(pickups.keySet());
        em.createNativeQuery("insert into waybill_pickup (waybill_no, picked_up_on)"
                + " select * from unnest(cast(:waybills as text[]), cast(:days as date[]))"
                + " on conflict (waybill_no) do update set picked_up_on = excluded.picked_up_on"
                + " where excluded.picked_up_on < waybill_pickup.picked_up_on")
                .setParameter("waybills", waybills.toArray(String[]::new))
                .setParameter("days", waybills.stream().map(pickups::get).toArray(LocalDate[]::new))
                .executeUpdate();
    }

    /** The pickup date the scans gave {@code waybillNo}, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocalDate> pickedUpOn(String waybillNo) {
        if (waybillNo == null) {
            return Optional.empty();
        }
        return em.createNativeQuery("select picked_up_on from waybill_pickup where waybill_no = :w", LocalDate.class)
                .setParameter("w", waybillNo).getResultStream().findFirst().map(LocalDate.class::cast);
    }

    @Scheduled(every = "24h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void prune() {
        LocalDate before = LocalDate.now(clock.withZone(calendar.zone())).minus(validity.raiseWithin()).minusMonths(1);
        int n = em.createNativeQuery("delete from waybill_pickup where picked_up_on < :before")
                .setParameter("before", before).executeUpdate();
        Log.infof("pruned %d waybill pickups before %s", n, before);
    }
}
