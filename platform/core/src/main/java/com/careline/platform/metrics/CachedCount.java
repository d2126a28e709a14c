package com.careline.platform.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A count of rows for a gauge or a health check, read again at most once per {@code maxAge} (a scrape or a
 * probe must not cost a query each), bumped in between by the code that adds rows, and marked stale by the
 * code that removes them. When the database cannot be read the last count stands.
 */
public final class CachedCount {

    private final EntityManager em;
    private final String sql;
    private final long maxAgeNanos;
    private final AtomicLong count = new AtomicLong();
    private volatile long countedAt;

    /** {@code sql} selects one number, e.g. {@code select count(*) from ... where ...}. */
    public CachedCount(EntityManager em, String sql, Duration maxAge) {
        this.em = em;
        this.sql = sql;
        this.maxAgeNanos = maxAge.toNanos();
        stale();
    }

    public long get() {
        long now = System.nanoTime();
        if (now - countedAt > maxAgeNanos) {
            try {
                count.set(QuarkusTransaction.requiringNew().call(
                        () -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue()));
                countedAt = now;
            } catch (RuntimeException e) {
                Log.debugf("not counted (the last count stands): %s: %s", sql, e.getMessage());
            }
        }
        return count.get();
    }

    /** Rows were added: counted at once, until the next read replaces the figure. */
    public void add(long rows) {
        count.addAndGet(rows);
    }

    /** Rows were removed or changed: the next {@link #get()} reads the count again. */
    public void stale() {
        countedAt = System.nanoTime() - maxAgeNanos - 1;
    }
}
