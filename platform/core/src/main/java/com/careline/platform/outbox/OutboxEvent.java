package com.careline.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event staged in the service's database, waiting for the relay. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    private UUID id;
    private String topic;
    private String subject;
    private String type;
    private int lane;
    private String payload;
    /** Kafka headers as a JSON object, or null. */
    private String headers;
    @Column(name = "created_at")
    private Instant createdAt;

    protected OutboxEvent() {
    }

    OutboxEvent(UUID id, String topic, String subject, String type, int lane, String payload, String headers,
            Instant createdAt) {
        this.id = id;
        this.topic = topic;
        this.subject = subject;
        this.type = type;
        this.lane = lane;
        this.payload = payload;
        this.headers = headers;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }
}
