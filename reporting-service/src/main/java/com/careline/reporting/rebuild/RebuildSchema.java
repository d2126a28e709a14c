package com.careline.reporting.rebuild;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import com.careline.platform.consumer.EventHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.flywaydb.core.Flyway;

/**
 * The schema a rebuild fills: made by the service's own migrations (platform's and reporting's, as Flyway
 * is configured), one per run, so that a cancelled run's worker still finishing a batch on another pod
 * cannot write into the next run's tables.
 */
@ApplicationScoped
class RebuildSchema {

    /** The tables derived from events, swapped in whole. Preventive measures are not derived from events. */
    static final List<String> READ_MODELS = List.of(
            "complaint_fact", "complaint_monthly", "complaint_customer_monthly", "complaint_escalation",
            "complaint_registrations", "revisit_outcome", "claim_fact", "claim_payment", "inquiry_fact",
            "shipment_delay", "shipment_exception_daily");
    /**
     * Swapped with them: it says which events the tables hold, so the live consumers go on from where they
     * are without applying twice what the rebuild read ahead of them. The whole table goes, with the rows of
     * the consumers a rebuild leaves alone ({@link NotRebuilt}): those act by key, so an event they see again
     * after a swap changes nothing.
     */
    static final String INBOX = "inbox_event";
    private static final String PREFIX = "reporting_rebuild_";
    private static final String OPEN = "('WAITING', 'PARKED', 'HELD')";

    private final Flyway flyway;
    private final EntityManager em;
    /** The consumers a rebuild leaves alone ({@link NotRebuilt}), as SQL: their open parked records stay. */
    private final String kept;

    RebuildSchema(Flyway flyway, EntityManager em, @Any Instance<EventHandler> handlers) {
        this.flyway = flyway;
        this.em = em;
        this.kept = handlers.stream().filter(NotRebuilt.class::isInstance)
                .map(h -> "'" + h.consumer().replace("'", "''") + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    static String of(UUID run) {
        return PREFIX + run.toString().replace("-", "");
    }

    /**
     * Creates the run's schema, or brings it up to date when a pod takes a run up again, and drops what
     * earlier runs left. Parked records ops replayed or discarded are copied in: the rebuild comes to their
     * events again and must not park a discarded one afresh.
     */
    void prepare(UUID run) {
        String schema = of(run);
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<String> stale = em.createNativeQuery("""
                    select schema_name from information_schema.schemata
                    where schema_name like 'reporting\\_rebuild\\_%' and schema_name <> :schema""")
                    .setParameter("schema", schema).getResultList();
            stale.forEach(s -> em.createNativeQuery("drop schema " + s + " cascade").executeUpdate());
        });
        Flyway.configure().configuration(flyway.getConfiguration())
                .schemas(schema).defaultSchema(schema).createSchemas(true).load().migrate();
        QuarkusTransaction.requiringNew().run(() -> copy("parked_event", "public", schema,
                "status not in " + OPEN + " on conflict do nothing"));
    }

    /**
     * In the caller's transaction: the run's tables replace the live ones, its open parked records replace
     * theirs (those of the consumers it leaves alone stay), and the dead-letter copies it staged join the live
     * outbox. Waits 5 s at most for a reader.
     */
    void swapIn(UUID run) {
        String schema = of(run);
        em.createNativeQuery("set local lock_timeout = '5s'").executeUpdate();
        for (String table : READ_MODELS) {
            replace(schema, table);
        }
        replace(schema, INBOX);
        em.createNativeQuery("delete from public.parked_event where status in " + OPEN
                + (kept.equals("()") ? "" : " and consumer not in " + kept)).executeUpdate();
        copy("parked_event", schema, "public", "status in " + OPEN + " on conflict do nothing");
        copy("outbox_event", schema, "public", "sent_at is null order by seq");
    }

    void drop(UUID run) {
        QuarkusTransaction.requiringNew().run(
                () -> em.createNativeQuery("drop schema if exists " + of(run) + " cascade").executeUpdate());
    }

    private void replace(String schema, String table) {
        em.createNativeQuery("drop table public." + table).executeUpdate();
        em.createNativeQuery("alter table " + schema + "." + table + " set schema public").executeUpdate();
    }

    /** Copies the rows of {@code table} that {@code where} selects, less the identity column (seq). */
    private void copy(String table, String from, String to, String where) {
        String columns = (String) em.createNativeQuery("""
                select string_agg(quote_ident(column_name), ', ' order by ordinal_position)
                from information_schema.columns
                where table_schema = :schema and table_name = :table and is_identity = 'NO'""")
                .setParameter("schema", to).setParameter("table", table).getSingleResult();
        em.createNativeQuery("insert into " + to + "." + table + " (" + columns + ") select " + columns + " from "
                + from + "." + table + " where " + where).executeUpdate();
    }
}
