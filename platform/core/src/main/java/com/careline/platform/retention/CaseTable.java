package com.careline.platform.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

/**
 * The usual {@link PersonalData}: one table of cases with a uuid {@code id}, an {@code erased_at} column and a
 * SQL expression for when a case closed (null while open). A service subclasses it, as a {@code @Singleton}
 * (there is no no-argument constructor to proxy), with its table, what it sets to erase, and any more rows to
 * erase ({@link #eraseMore}).
 */
public abstract class CaseTable implements PersonalData {

    /** Written over a required text column whose value is personal. */
    public static final String ERASED = "'(erased)'";

    protected final EntityManager em;
    private final String name;
    private final String expiredSql;
    private final String eraseSql;

    /**
     * @param closedAt when a case closed, e.g. {@code case when status = 'CLOSED' then closed_at end}
     * @param set      the assignments that erase, e.g. {@code customer_name = '(erased)', phone = null}
     * @param heldBy   more columns naming a case whose hold keeps this row (e.g. the complaint a revisit is of)
     */
    protected CaseTable(EntityManager em, String name, String table, String closedAt, String set, String... heldBy) {
        this(em, name, table, "id", closedAt, set, List.of(heldBy));
    }

    /** As above, for a table whose case id column is {@code idColumn}. */
    protected CaseTable(EntityManager em, String name, String table, String idColumn, String closedAt, String set,
            List<String> heldBy) {
        this.em = em;
        this.name = name;
        String holds = Stream.concat(Stream.of(idColumn), heldBy.stream()).map(column -> "c." + column)
                .map(LegalHolds::notHeld).collect(Collectors.joining(" and "));
        this.expiredSql = "select c." + idColumn + "::text from " + table + " c where c.erased_at is null and ("
                + closedAt + ") < :before and " + holds + " order by (" + closedAt + ")";
        this.eraseSql = "update " + table + " set " + set + ", erased_at = :at where " + idColumn + " in (:ids)";
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> expired(Instant closedBefore, int limit) {
        return em.createNativeQuery(expiredSql, String.class).setParameter("before", closedBefore)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public void erase(List<String> caseIds, Instant at) {
        List<UUID> ids = caseIds.stream().map(UUID::fromString).toList();
        em.createNativeQuery(eraseSql).setParameter("at", at).setParameter("ids", ids).executeUpdate();
        eraseMore(ids, at);
    }

    /** Rows of other tables that belong to these cases (documents, call notes). */
    protected void eraseMore(List<UUID> caseIds, Instant at) {
    }
}
