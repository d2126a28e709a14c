package com.careline.reporting.rebuild;

import java.util.List;

import jakarta.persistence.EntityManager;

import com.careline.platform.consumer.EventHandler;
import com.careline.platform.events.EventEnvelope;

/**
 * A live projection applied into a rebuild's schema: the same statements, inbox and parking, with the
 * transaction's {@code search_path} set to that schema only, so that no statement can reach a live table.
 */
final class IntoSchema implements EventHandler {

    private final EventHandler live;
    private final EntityManager em;
    private final String schema;

    IntoSchema(EventHandler live, EntityManager em, String schema) {
        this.live = live;
        this.em = em;
        this.schema = schema;
    }

    @Override
    public void begin() {
        em.createNativeQuery("set local search_path to " + schema).executeUpdate();
    }

    @Override
    public String consumer() {
        return live.consumer();
    }

    @Override
    public boolean ordered() {
        return live.ordered();
    }

    @Override
    public boolean concerns(EventEnvelope event) {
        return live.concerns(event);
    }

    @Override
    public String channel() {
        return live.channel();
    }

    @Override
    public void apply(List<EventEnvelope> events) {
        live.apply(events);
    }
}
