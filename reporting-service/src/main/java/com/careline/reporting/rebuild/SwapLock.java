package com.careline.reporting.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Keeps the live projections off the read models while a rebuild swaps its tables in. Every transaction of a
 * live projection takes this advisory lock shared ({@link #awaitSwap}), first; the rebuild takes it
 * exclusive on its own session, on whichever pod it runs, then reads the topics to the ends they had then
 * and swaps: nothing the live consumers applied is missing from the new tables, and what they apply after
 * the swap lands in the new tables (their inbox says what these already hold).
 */
@ApplicationScoped
public class SwapLock {

    static final long KEY = 0x4341_5245_5357_4150L; // "CARESWAP"

    private final EntityManager em;

    SwapLock(EntityManager em) {
        this.em = em;
    }

    /** In a live projection's transaction: waits while a rebuild swaps. */
    public void awaitSwap() {
        em.createNativeQuery("select count(*) from pg_advisory_xact_lock_shared(:key)").setParameter("key", KEY)
                .getSingleResult();
    }
}
