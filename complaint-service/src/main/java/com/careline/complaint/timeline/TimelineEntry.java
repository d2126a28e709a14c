package com.careline.complaint.timeline;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a complaint's history: who did what, when. Append-only. */
@Entity
@Table(name = "complaint_timeline")
public class TimelineEntry {

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Column(name = "complaint_id")
    private UUID complaintId;
    private Instant at;
    private String actor;
    private String action;
    private String detail;

    protected TimelineEntry() {
    }

    TimelineEntry(UUID complaintId, Instant at, String actor, String action, String detail) {
        this.id = UUID.randomUUID();
        this.complaintId = complaintId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }
}
