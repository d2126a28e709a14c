package com.careline.inquiry.tracking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A delay noticed on a waybill, waiting for its work order ({@link DelayDetector}); written by SQL only. */
@Entity
@Table(name = "delay_notice")
public class DelayNotice {

    @Id
    private long seq;
    @Column(name = "waybill_no")
    private String waybillNo;
    @Enumerated(EnumType.STRING)
    private DelayDetector.Level level;
    private String branch;
    @Column(name = "route_type")
    private String routeType;
    @Column(name = "picked_up_at")
    private Instant pickedUpAt;
    @Column(name = "promised_at")
    private Instant promisedAt;
    @Column(name = "fully_delayed_at")
    private Instant fullyDelayedAt;
    @Column(name = "noticed_at")
    private Instant noticedAt;

    protected DelayNotice() {
    }

    public String waybillNo() {
        return waybillNo;
    }

    public DelayDetector.Level level() {
        return level;
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

    public Instant promisedAt() {
        return promisedAt;
    }

    public Instant fullyDelayedAt() {
        return fullyDelayedAt;
    }

    public Instant noticedAt() {
        return noticedAt;
    }
}
