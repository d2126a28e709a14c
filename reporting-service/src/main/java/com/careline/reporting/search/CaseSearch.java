package com.careline.reporting.search;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.batch.Rows;
import com.careline.platform.errors.NotFound;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.privacy.PhoneKeys;
import org.hibernate.Session;

/**
 * The desk's search over {@code case_index}. A customer is found through their record (inquiry-service's
 * customer events): by their number, or by any of their phones, with the duplicates merged into them; a case
 * registered without a customer number is found by its phone's keyed hash. Every list is branch-scoped
 * ({@code branch} null for headquarters) and index-backed: see the migration's indexes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class CaseSearch {

    private static final String COLUMNS = """
            case_id, kind, number, status, ended, branch, waybill_no, customer_number, customer_name, phone_tail,
            about_kind, about_id, satisfied, score, opened_at, updated_at""";
    private static final String SCOPE = "(?::text is null or branch = ? or handled_by_branch = ?)";
    /** A null to bind: the lists of values are immutable lists, which hold no null. */
    private static final Object NULL = new Object();

    private final EntityManager em;
    private final PhoneKeys phoneKeys;

    CaseSearch(EntityManager em, PhoneKeys phoneKeys) {
        this.em = em;
        this.phoneKeys = phoneKeys;
    }

    Page<CaseHit> find(SearchCriteria c, PageRequest page, String branch) {
        return work(db -> {
            if (c.waybill() != null) {
                return page(db, "waybill_no = ?", List.of(c.waybill()), page, branch);
            }
            if (c.number() != null) {
                return page(db, "number = ?", List.of(c.number()), page, branch);
            }
            if (c.phoneTail() != null) {
                return page(db, "phone_tail = ? and customer_name = ?", List.of(c.phoneTail(), c.name()), page,
                        branch);
            }
            Party p = c.customer() != null ? ofCustomer(db, c.customer())
                    : ofPhone(db, phoneKeys.of(c.phone()).orElseThrow());
            return page(db, p.where(), p.values(db), page, branch);
        });
    }

    CustomerHistory history(String number, PageRequest page, String branch) {
        return work(db -> {
            CustomerHistory.Customer customer = customer(db, number);
            Party p = ofCustomer(db, number);
            Page<CaseHit> cases = page(db, p.where(), p.values(db), page, branch);
            if (customer == null && cases.total() == 0) {
                throw new NotFound("customer", number);
            }
            return new CustomerHistory(customer, satisfaction(db, p, branch), cases);
        });
    }

    /** A customer's numbers (theirs and those merged into them) and phones, which their cases carry. */
    private record Party(List<String> numbers, List<String> keys) {

        String where() {
            return "(customer_number = any(?) or phone_key = any(?))";
        }

        List<Object> values(Connection db) throws SQLException {
            return List.of(db.createArrayOf("text", numbers.toArray()), db.createArrayOf("text", keys.toArray()));
        }
    }

    /** A duplicate's number leads to the customer it was merged into. */
    private Party ofCustomer(Connection db, String number) throws SQLException {
        List<String> survivor = strings(db, "select coalesce(merged_into, number) from search_customer where number = ?",
                number);
        return expand(db, survivor.isEmpty() ? List.of(number) : survivor, Set.of());
    }

    private Party ofPhone(Connection db, String key) throws SQLException {
        List<String> owners = strings(db, """
                select distinct coalesce(s.merged_into, s.number) from search_customer_phone p
                join search_customer s on s.number = p.customer_number where p.phone_key = ?""", key);
        return expand(db, owners, Set.of(key));
    }

    private Party expand(Connection db, List<String> survivors, Set<String> keys) throws SQLException {
        Set<String> numbers = new LinkedHashSet<>(survivors);
        Array of = db.createArrayOf("text", survivors.toArray());
        numbers.addAll(strings(db, "select number from search_customer where merged_into = any(?)", of));
        Set<String> phones = new LinkedHashSet<>(keys);
        phones.addAll(strings(db, "select phone_key from search_customer_phone where customer_number = any(?)",
                db.createArrayOf("text", numbers.toArray())));
        return new Party(List.copyOf(numbers), List.copyOf(phones));
    }

    private Page<CaseHit> page(Connection db, String where, List<Object> values, PageRequest page, String branch)
            throws SQLException {
        List<Object> scoped = new ArrayList<>(values);
        scoped.addAll(List.of(nullable(branch), nullable(branch), nullable(branch)));
        long total;
        try (PreparedStatement count = prepare(db, "select count(*) from case_index where " + where + " and " + SCOPE,
                scoped); ResultSet rs = count.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        List<Object> paged = new ArrayList<>(scoped);
        paged.add(page.size());
        paged.add((long) page.page() * page.size());
        List<CaseHit> hits = new ArrayList<>();
        try (PreparedStatement query = prepare(db, "select " + COLUMNS + " from case_index where " + where + " and "
                + SCOPE + " order by opened_at desc, case_id limit ? offset ?", paged);
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                hits.add(hit(rs));
            }
        }
        return new Page<>(withOverdue(db, hits), page.page(), page.size(), total);
    }

    private CustomerHistory.Satisfaction satisfaction(Connection db, Party p, String branch) throws SQLException {
        List<Object> values = new ArrayList<>(p.values(db));
        values.addAll(List.of(nullable(branch), nullable(branch), nullable(branch)));
        try (PreparedStatement query = prepare(db, """
                select count(satisfied), count(*) filter (where satisfied), round(avg(score), 2)
                from case_index where """ + p.where() + " and " + SCOPE, values);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return new CustomerHistory.Satisfaction(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3));
        }
    }

    private CustomerHistory.Customer customer(Connection db, String number) throws SQLException {
        try (PreparedStatement query = prepare(db, """
                select s.number, s.name, s.branch from search_customer d
                join search_customer s on s.number = coalesce(d.merged_into, d.number) where d.number = ?""",
                List.of(number)); ResultSet rs = query.executeQuery()) {
            return rs.next() ? new CustomerHistory.Customer(rs.getString(1), rs.getString(2), rs.getString(3)) : null;
        }
    }

    private List<CaseHit> withOverdue(Connection db, List<CaseHit> hits) throws SQLException {
        if (hits.isEmpty()) {
            return hits;
        }
        Map<String, List<CaseHit.Overdue>> byCase = new HashMap<>();
        try (PreparedStatement query = prepare(db, """
                select case_id, clock_kind, level, escalate_to, due_at from case_overdue
                where case_id = any(?) order by due_at""",
                List.of(db.createArrayOf("text", hits.stream().map(CaseHit::id).toArray())));
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                byCase.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CaseHit.Overdue(
                        rs.getString(2), rs.getInt(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
            }
        }
        return hits.stream().map(h -> new CaseHit(h.kind(), h.id(), h.number(), h.status(), h.open(), h.branch(),
                h.waybillNo(), h.customerNumber(), h.customerName(), h.phoneTail(), h.about(), h.satisfied(),
                h.score(), byCase.getOrDefault(h.id(), List.of()), h.openedAt(), h.updatedAt(), h.link())).toList();
    }

    private static CaseHit hit(ResultSet rs) throws SQLException {
        String id = rs.getString("case_id");
        CaseKind kind = CaseKind.valueOf(rs.getString("kind"));
        String aboutKind = rs.getString("about_kind");
        Boolean satisfied = (Boolean) rs.getObject("satisfied");
        BigDecimal score = rs.getBigDecimal("score");
        return new CaseHit(kind.name(), id, rs.getString("number"), rs.getString("status"), !rs.getBoolean("ended"),
                rs.getString("branch"), rs.getString("waybill_no"), rs.getString("customer_number"),
                rs.getString("customer_name"), rs.getString("phone_tail"),
                aboutKind == null ? null : new CaseHit.About(aboutKind, rs.getString("about_id")), satisfied, score,
                List.of(), rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), kind.link(id));
    }

    private static List<String> strings(Connection db, String sql, Object value) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement query = prepare(db, sql, List.of(value)); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    private static PreparedStatement prepare(Connection db, String sql, List<Object> values) throws SQLException {
        // planned for the values given: a customer's arrays and the optional branch change the best plan
        PreparedStatement statement = Rows.planEachTime(db.prepareStatement(sql));
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == NULL) {
                statement.setNull(i + 1, java.sql.Types.VARCHAR);
            } else {
                statement.setObject(i + 1, v);
            }
        }
        return statement;
    }

    private static Object nullable(String value) {
        return value == null ? NULL : value;
    }

    private interface Work<T> {
        T run(Connection db) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
