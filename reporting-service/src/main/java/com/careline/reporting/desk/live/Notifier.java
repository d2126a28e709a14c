package com.careline.reporting.desk.live;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.reporting.desk.DeskConfig;
import com.careline.reporting.Sql;
import com.careline.reporting.desk.items.WorkItem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tells every pod about new and changed items: {@code pg_notify} in the transaction that changed them, which
 * PostgreSQL delivers to the listeners ({@link DeskListener}) only once it commits, and not at all if it rolls
 * back. An item's JSON is a few hundred bytes, far under the 8000 a notification holds.
 */
@ApplicationScoped
public class Notifier {

    private final EntityManager em;
    private final ObjectMapper json;
    private final String channel;

    Notifier(EntityManager em, ObjectMapper json, DeskConfig config) {
        this.em = em;
        this.json = json;
        this.channel = config.live().channel();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Collection<WorkItem> items) {
        if (items.isEmpty()) {
            return;
        }
        String[] payloads = items.stream().map(this::encode).toArray(String[]::new);
        Sql.query(em, rs -> null, "select pg_notify(?, p) from unnest(?::text[]) p", channel, payloads);
    }

    private String encode(WorkItem item) {
        try {
            return json.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("work item " + item.id() + " cannot be written as JSON", e);
        }
    }
}
