package com.careline.platform.timeline;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.careline.platform.ids.TimeOrderedIds;

/** One line of a case's history: who did what, when. Append-only. */
@Entity
@Table(name = "case_timeline")
public class TimelineEntry {

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Column(name = "case_id")
    private String caseId;
    private Instant at;
    private String actor;
    private String action;
    private String detail;

    protected TimelineEntry() {
    }

    TimelineEntry(String caseId, Instant at, String actor, String action, String detail) {
        this.id = TimeOrderedIds.next();
        this.caseId = caseId;
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
