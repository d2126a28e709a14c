package com.careline.reporting.search;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.errors.NotFound;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.privacy.PhoneKeys;
import com.careline.reporting.Sql;

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

    private final EntityManager em;
    private final PhoneKeys phoneKeys;

    CaseSearch(EntityManager em, PhoneKeys phoneKeys) {
        this.em = em;
        this.phoneKeys = phoneKeys;
    }

    Page<CaseHit> find(SearchCriteria c, PageRequest page, String branch) {
        if (c.waybill() != null) {
            return page("waybill_no = ?", List.of(c.waybill()), page, branch);
        }
        if (c.number() != null) {
            return page("number = ?", List.of(c.number()), page, branch);
        }
        if (c.phoneTail() != null) {
            return page("phone_tail = ? and customer_name = ?", List.of(c.phoneTail(), c.name()), page, branch);
        }
        Party p = c.customer() != null ? ofCustomer(c.customer()) : ofPhone(phoneKeys.of(c.phone()).orElseThrow());
        return page(p.where(), p.values(), page, branch);
    }

    CustomerHistory history(String number, PageRequest page, String branch) {
        CustomerHistory.Customer customer = customer(number);
        Party p = ofCustomer(number);
        Page<CaseHit> cases = page(p.where(), p.values(), page, branch);
        if (customer == null && cases.total() == 0) {
            throw new NotFound("customer", number);
        }
        return new CustomerHistory(customer, satisfaction(p, branch), cases);
    }

    /** A customer's numbers (theirs and those merged into them) and phones, which their cases carry. */
    private record Party(List<String> numbers, List<String> keys) {

        String where() {
            return "(customer_number = any(?) or phone_key = any(?))";
        }

        List<Object> values() {
            return List.of(numbers.toArray(String[]::new), keys.toArray(String[]::new));
        }
    }

    /** A duplicate's number leads to the customer it was merged into. */
    private Party ofCustomer(String number) {
        List<String> survivor = strings("select coalesce(merged_into, number) from search_customer where number = ?",
                number);
        return expand(survivor.isEmpty() ? List.of(number) : survivor, Set.of());
    }

    private Party ofPhone(String key) {
        List<String> owners = strings("""
                select distinct coalesce(s.merged_into, s.number) from search_customer_phone p
                join search_customer s on s.number = p.customer_number where p.phone_key = ?""", key);
        return expand(owners, Set.of(key));
    }

    private Party expand(List<String> survivors, Set<String> keys) {
        Set<String> numbers = new LinkedHashSet<>(survivors);
        numbers.addAll(strings("select number from search_customer where merged_into = any(?)",
                survivors.toArray(String[]::new)));
        Set<String> phones = new LinkedHashSet<>(keys);
        phones.addAll(strings("select phone_key from search_customer_phone where customer_number = any(?)",
                numbers.toArray(String[]::new)));
        return new Party(List.copyOf(numbers), List.copyOf(phones));
    }

    private Page<CaseHit> page(String where, List<Object> values, PageRequest page, String branch) {
        List<Object> scoped = scoped(values, branch);
        long total = Sql.count(em, "select count(*) from case_index where " + where + " and " + SCOPE,
                scoped.toArray());
        List<Object> paged = new ArrayList<>(scoped);
        paged.add(page.size());
        paged.add((long) page.page() * page.size());
        List<CaseHit> hits = Sql.query(em, CaseSearch::hit, "select " + COLUMNS + " from case_index where " + where
                + " and " + SCOPE + " order by opened_at desc, case_id limit ? offset ?", paged.toArray());
        return new Page<>(withOverdue(hits), page.page(), page.size(), total);
    }

    private CustomerHistory.Satisfaction satisfaction(Party p, String branch) {
        return Sql.query(em, rs -> new CustomerHistory.Satisfaction(rs.getLong(1), rs.getLong(2),
                rs.getBigDecimal(3)), """
                select count(satisfied), count(*) filter (where satisfied), round(avg(score), 2)
                from case_index where """ + p.where() + " and " + SCOPE, scoped(p.values(), branch).toArray()).get(0);
    }

    private CustomerHistory.Customer customer(String number) {
        return Sql.query(em, rs -> new CustomerHistory.Customer(rs.getString(1), rs.getString(2), rs.getString(3)),
                """
                select s.number, s.name, s.branch from search_customer d
                join search_customer s on s.number = coalesce(d.merged_into, d.number) where d.number = ?""",
                number).stream().findFirst().orElse(null);
    }

    private List<CaseHit> withOverdue(List<CaseHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        Map<String, List<CaseHit.Overdue>> byCase = new HashMap<>();
        Sql.query(em, rs -> byCase.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CaseHit.Overdue(
                rs.getString(2), rs.getInt(3), rs.getString(4), Sql.instant(rs, "due_at"))), """
                select case_id, clock_kind, level, escalate_to, due_at from case_overdue
                where case_id = any(?) order by due_at""", (Object) hits.stream().map(CaseHit::id).toArray(String[]::new));
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
                List.of(), Sql.instant(rs, "opened_at"), Sql.instant(rs, "updated_at"), kind.link(id));
    }

    /** The criterion's values, then the branch three times for {@link #SCOPE} (null: every branch). */
    private static List<Object> scoped(List<Object> values, String branch) {
        List<Object> scoped = new ArrayList<>(values);
        scoped.add(branch);
        scoped.add(branch);
        scoped.add(branch);
        return scoped;
    }

    private List<String> strings(String sql, Object value) {
        return Sql.query(em, rs -> rs.getString(1), sql, value);
    }
}
