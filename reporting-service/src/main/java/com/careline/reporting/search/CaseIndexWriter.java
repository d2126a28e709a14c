package com.careline.reporting.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.batch.Rows;
import com.careline.platform.events.Party;

/**
 * Applies a poll's {@link IndexChange}s with one multi-row statement per kind of change. A case's changes come
 * in topic order; within a poll its opening goes before its moves, its last move wins, and an ended case drops
 * its overdue clocks last, so a batch lands as its events would one by one.
 */
@ApplicationScoped
class CaseIndexWriter {

    private final EntityManager em;

    CaseIndexWriter(EntityManager em) {
        this.em = em;
    }

    void apply(List<IndexChange> changes) {
        Map<String, IndexChange.Opened> opened = new LinkedHashMap<>();
        Map<String, IndexChange.Status> moved = new LinkedHashMap<>();
        Map<String, IndexChange.Handover> handedOver = new LinkedHashMap<>();
        Map<String, IndexChange.Survey> surveyed = new LinkedHashMap<>();
        Map<String, IndexChange.Overdue> overdue = new LinkedHashMap<>();
        for (IndexChange change : changes) {
            if (change instanceof IndexChange.Opened o) {
                opened.put(o.caseId(), o);
            } else if (change instanceof IndexChange.Status st) {
                moved.put(st.caseId(), st);
            } else if (change instanceof IndexChange.Handover h) {
                handedOver.put(h.caseId(), h);
            } else if (change instanceof IndexChange.Survey su) {
                surveyed.put(su.caseId(), su);
            } else if (change instanceof IndexChange.Overdue o) {
                overdue.put(o.caseId() + "/" + o.clockKind(), o);
            } else if (change instanceof IndexChange.Customer c) {
                customer(c);
            } else if (change instanceof IndexChange.Merged m) {
                merged(m);
            }
        }
        open(opened.values());
        move(moved.values());
        Rows handovers = new Rows(2);
        handedOver.values().forEach(h -> handovers.add(h.caseId(), h.branch()));
        handovers.execute(em, """
                update case_index c set handled_by_branch = v.branch
                from unnest(?::text[], ?::text[]) as v(case_id, branch) where c.case_id = v.case_id""");
        Rows surveys = new Rows(3);
        surveyed.values().forEach(s -> surveys.add(s.caseId(), s.satisfied(), s.score()));
        surveys.execute(em, """
                update case_index c set satisfied = v.satisfied, score = coalesce(v.score, c.score)
                from unnest(?::text[], ?::boolean[], ?::numeric[]) as v(case_id, satisfied, score)
                where c.case_id = v.case_id""");
        Rows rungs = new Rows(5);
        overdue.values().forEach(o -> rungs.add(o.caseId(), o.clockKind(), o.level(), o.escalateTo(), o.dueAt()));
        rungs.execute(em, """
                insert into case_overdue (case_id, clock_kind, level, escalate_to, due_at)
                select v.* from unnest(?::text[], ?::text[], ?::int[], ?::text[], ?::timestamptz[])
                    as v(case_id, clock_kind, level, escalate_to, due_at)
                where not exists (select 1 from case_index c where c.case_id = v.case_id and c.ended)
                on conflict (case_id, clock_kind) do update
                set level = excluded.level, escalate_to = excluded.escalate_to, due_at = excluded.due_at
                where excluded.due_at > case_overdue.due_at or excluded.level > case_overdue.level""");
        Rows ended = new Rows(1);
        moved.values().stream().filter(IndexChange.Status::ended).forEach(s -> ended.add(s.caseId()));
        ended.execute(em, "delete from case_overdue where case_id = any(?::text[])");
    }

    /** A restated opening (a claim's particulars) replaces the particulars and keeps the status. */
    private void open(Iterable<IndexChange.Opened> opened) {
        Rows rows = new Rows(13);
        for (IndexChange.Opened o : opened) {
            Party p = o.party() == null ? Party.NONE : o.party();
            rows.add(o.caseId(), o.kind().name(), o.number(), o.status(), o.branch(), o.waybillNo(),
                    p.customerNumber(), p.name(), p.phoneKey(), p.phoneTail(), o.aboutKind(), o.aboutId(),
                    o.openedAt());
        }
        rows.execute(em, """
                insert into case_index (case_id, kind, number, status, branch, waybill_no, customer_number,
                                        customer_name, phone_key, phone_tail, about_kind, about_id, opened_at,
                                        updated_at)
                select v.*, v.opened_at
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
                    as v(case_id, kind, number, status, branch, waybill_no, customer_number, customer_name,
                         phone_key, phone_tail, about_kind, about_id, opened_at)
                on conflict (case_id) do update
                set number = excluded.number, waybill_no = excluded.waybill_no,
                    customer_number = excluded.customer_number, customer_name = excluded.customer_name,
                    phone_key = excluded.phone_key, phone_tail = excluded.phone_tail""");
    }

    private void move(Iterable<IndexChange.Status> moved) {
        Rows rows = new Rows(4);
        moved.forEach(s -> rows.add(s.caseId(), s.status(), s.ended(), s.at()));
        rows.execute(em, """
                update case_index c set status = v.status, ended = v.ended, updated_at = greatest(c.updated_at, v.at)
                from unnest(?::text[], ?::text[], ?::boolean[], ?::timestamptz[]) as v(case_id, status, ended, at)
                where c.case_id = v.case_id""");
    }

    private void customer(IndexChange.Customer c) {
        em.createNativeQuery("""
                insert into search_customer (customer_id, number, name, branch) values (:id, :number, :name, :branch)
                on conflict (customer_id) do update set number = excluded.number, name = excluded.name,
                                                        branch = excluded.branch""")
                .setParameter("id", c.customerId()).setParameter("number", c.number())
                .setParameter("name", c.name()).setParameter("branch", c.branch()).executeUpdate();
        em.createNativeQuery("delete from search_customer_phone where customer_number = :number")
                .setParameter("number", c.number()).executeUpdate();
        Rows phones = new Rows(2);
        c.phoneKeys().forEach(key -> phones.add(key, c.number()));
        phones.execute(em, """
                insert into search_customer_phone (phone_key, customer_number)
                select * from unnest(?::text[], ?::text[]) on conflict do nothing""");
    }

    /**
     * The duplicate, and whatever was merged into it before, now resolve to the survivor; so do its phones. The
     * merge may come before the duplicate's own record (another subject, so another partition): it leaves the
     * duplicate's row, merged, for that record to fill in; the record's upsert keeps {@code merged_into}.
     */
    private void merged(IndexChange.Merged m) {
        em.createNativeQuery("""
                insert into search_customer (customer_id, number, branch, merged_into)
                values (:id, :duplicate, :branch, :survivor) on conflict do nothing""")
                .setParameter("id", m.duplicateId()).setParameter("duplicate", m.duplicate())
                .setParameter("branch", m.branch()).setParameter("survivor", m.survivor()).executeUpdate();
        em.createNativeQuery("""
                update search_customer set merged_into = :survivor
                where number = :duplicate or merged_into = :duplicate""")
                .setParameter("survivor", m.survivor()).setParameter("duplicate", m.duplicate()).executeUpdate();
        em.createNativeQuery("""
                insert into search_customer_phone (phone_key, customer_number)
                select phone_key, :survivor from search_customer_phone where customer_number = :duplicate
                on conflict do nothing""")
                .setParameter("survivor", m.survivor()).setParameter("duplicate", m.duplicate()).executeUpdate();
        em.createNativeQuery("delete from search_customer_phone where customer_number = :duplicate")
                .setParameter("duplicate", m.duplicate()).executeUpdate();
    }
}
