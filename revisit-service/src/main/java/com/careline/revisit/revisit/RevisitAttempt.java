package com.careline.revisit.revisit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.careline.platform.ids.TimeOrderedIds;

/** One call of a revisit, reached or not. Append-only. */
@Entity
@Table(name = "revisit_attempt")
public class RevisitAttempt {

    @Id
    private UUID id;
    @Column(name = "revisit_id")
    private UUID revisitId;
    @Column(name = "attempt_no")
    private int attemptNo;
    private Instant at;
    @Column(name = "made_by")
    private String by;
    @Enumerated(EnumType.STRING)
    private AttemptOutcome outcome;
    private String note;

    protected RevisitAttempt() {
    }

    public RevisitAttempt(UUID revisitId, int attemptNo, Instant at, String by, AttemptOutcome outcome, String note) {
        this.id = TimeOrderedIds.next();
        this.revisitId = revisitId;
        this.attemptNo = attemptNo;
        this.at = at;
        this.by = by;
        this.outcome = outcome;
        this.note = note;
    }

    public int attemptNo() {
        return attemptNo;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public AttemptOutcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }
}
