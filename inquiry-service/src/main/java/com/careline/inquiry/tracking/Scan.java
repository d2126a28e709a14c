package com.careline.inquiry.tracking;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stored scan of a waybill, read-only here (written by {@link ShipmentIngest}). */
@Entity
@Table(name = "scan_event")
public class Scan {

    @Id
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "waybill_no")
    private String waybillNo;
    private String branch;
    @Column(name = "scan_type")
    private String scanType;
    @Column(name = "scan_time")
    private Instant scanTime;
    @Column(name = "route_type")
    private String routeType;
    private String location;
    @Column(name = "exception_kind")
    private String exceptionKind;
    private String note;

    protected Scan() {
    }

    public String branch() {
        return branch;
    }

    public String scanType() {
        return scanType;
    }

    public Instant scanTime() {
        return scanTime;
    }

    public String routeType() {
        return routeType;
    }

    public String location() {
        return location;
    }

    public String exceptionKind() {
        return exceptionKind;
    }

    public String note() {
        return note;
    }
}
