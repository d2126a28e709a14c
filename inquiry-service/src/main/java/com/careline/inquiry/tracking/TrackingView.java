package com.careline.inquiry.tracking;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.careline.inquiry.tracking.TimeLimits.DelayState;

/** A waybill's tracking (查单): its scans in time order, current stage, promised and fully-delayed times. */
public record TrackingView(
        String waybillNo,
        String branch,
        String routeType,
        String stage,
        boolean delivered,
        DelayState delay,
        Instant pickedUpAt,
        Instant deliveredAt,
        Instant promisedAt,
        Instant fullyDelayedAt,
        int exceptions,
        List<ScanView> events) {

    public record ScanView(String scanType, Instant scanTime, String branch, String location, String exceptionKind,
            String note) {

        static ScanView from(Scan s) {
            return new ScanView(s.scanType(), s.scanTime(), s.branch(), s.location(), s.exceptionKind(), s.note());
        }
    }

    /** The stages in their order, which breaks ties between scans of the same time: here and in ShipmentIngest. */
    static final List<String> STAGES = List.of("PICKED_UP", "PROCESSED", "IN_TRANSIT", "OUT_FOR_DELIVERY",
            "EXCEPTION", "DELIVERED", "SIGNED");

    static TrackingView from(Waybill w, List<Scan> scans, Instant now) {
        return new TrackingView(w.waybillNo(), w.branch(), w.routeType(), w.lastScanType(), w.deliveredAt() != null,
                TimeLimits.state(w.promisedAt(), w.fullyDelayedAt(), w.deliveredAt(), now), w.pickedUpAt(),
                w.deliveredAt(), w.promisedAt(), w.fullyDelayedAt(), w.exceptions(),
                scans.stream().sorted(Comparator.comparing(Scan::scanTime)
                        .thenComparing(s -> STAGES.indexOf(s.scanType()))).map(ScanView::from).toList());
    }
}
