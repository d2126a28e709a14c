package com.careline.inquiry.routing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.careline.platform.ids.TimeOrderedIds;

/** One row of the work-order rule table: business region x topic -> department and queue. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    private UUID id;
    private String region;
    private String topic;
    private String department;
    private String queue;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected RoutingRule() {
    }

    public static RoutingRule create(String region, String topic, String department, String queue, String by,
            Instant at) {
        RoutingRule r = new RoutingRule();
        r.id = TimeOrderedIds.next();
        r.region = region;
        r.topic = topic;
        r.change(department, queue, by, at);
        return r;
    }

    public void change(String department, String queue, String by, Instant at) {
        this.department = department;
        this.queue = queue;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Router.Rule rule() {
        return new Router.Rule(id, region, topic, department, queue);
    }

    public UUID id() {
        return id;
    }

    public String region() {
        return region;
    }

    public String topic() {
        return topic;
    }

    public String department() {
        return department;
    }

    public String queue() {
        return queue;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
