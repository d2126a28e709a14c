package com.careline.inquiry.tracking;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.errors.NotFound;

/** Reads the tracking projection. */
@ApplicationScoped
public class TrackingService {

    private final EntityManager em;
    private final Clock clock;

    TrackingService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrackingView tracking(String waybillNo) {
        Waybill w = em.find(Waybill.class, waybillNo);
        if (w == null) {
            throw new NotFound("waybill", waybillNo);
        }
        var scans = em.createQuery("from Scan where waybillNo = :no", Scan.class).setParameter("no", waybillNo)
                .getResultList();
        return TrackingView.from(w, scans, clock.instant());
    }
}
