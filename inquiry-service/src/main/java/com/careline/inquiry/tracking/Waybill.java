package com.careline.inquiry.tracking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The tracking projection of one waybill, read-only here: {@link ShipmentIngest} folds each batch's new
 * scans into it in SQL, so any order and any repetition of the same scans give the same row.
 */
@Entity
@Table(name = "waybill")
public class Waybill {

    @Id
    @Column(name = "waybill_no")
    private String waybillNo;
    private String branch;
    @Column(name = "route_type")
    private String routeType;
    @Column(name = "picked_up_at")
    private Instant pickedUpAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "last_scan_type")
    private String lastScanType;
    @Column(name = "last_scan_time")
    private Instant lastScanTime;
    private int exceptions;
    @Column(name = "promised_at")
    private Instant promisedAt;
    @Column(name = "fully_delayed_at")
    private Instant fullyDelayedAt;
    @Column(name = "delayed_noticed_at")
    private Instant delayedNoticedAt;
    @Column(name = "fully_delayed_noticed_at")
    private Instant fullyDelayedNoticedAt;

    protected Waybill() {
    }

    public String waybillNo() {
        return waybillNo;
    }

    public String branch() {
        return branch;
    }

    public String routeType() {
        return routeType;
    }

    public Instant pickedUpAt() {
        return pickedUpAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public String lastScanType() {
        return lastScanType;
    }

    public Instant lastScanTime() {
        return lastScanTime;
    }

    public int exceptions() {
        return exceptions;
    }

    public Instant promisedAt() {
        return promisedAt;
    }

    public Instant fullyDelayedAt() {
        return fullyDelayedAt;
    }

    public Instant delayedNoticedAt() {
        return delayedNoticedAt;
    }

    public Instant fullyDelayedNoticedAt() {
        return fullyDelayedNoticedAt;
    }
}
