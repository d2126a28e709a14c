package com.careline.platform.paging;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careline.platform.sla.SlaClockState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * The filters of a case list, turned into one paged HQL query: each filter with no value is left out.
 * The entity's alias in clauses is {@code x}; sorting adds the id so that pages never overlap.
 * <pre>
 * CaseFilter.on("Complaint").equal("status", q.status()).onOrAfter("receivedAt", q.from(), zone)
 *         .overdue(q.overdue()).page(repository, pageRequest);
 * </pre>
 */
public final class CaseFilter {

    private final String entity;
    private final List<String> where = new ArrayList<>();
    private final Parameters params = new Parameters();

    private CaseFilter(String entity) {
        this.entity = entity;
    }

    public static CaseFilter on(String entity) {
        return new CaseFilter(entity);
    }

    /** {@code x.field = value}, when there is a value. */
    public CaseFilter equal(String field, Object value) {
        return value == null ? this : where("x." + field + " = :" + field, Map.of(field, value));
    }

    /** {@code x.field} at or after the start of {@code day} in {@code zone}. */
    public CaseFilter onOrAfter(String field, LocalDate day, ZoneId zone) {
        return day == null ? this : where("x." + field + " >= :" + field + "From",
                Map.of(field + "From", day.atStartOfDay(zone).toInstant()));
    }

    /** {@code x.field} before the end of {@code day} in {@code zone}: the day itself is included. */
    public CaseFilter onOrBefore(String field, LocalDate day, ZoneId zone) {
        return day == null ? this : where("x." + field + " < :" + field + "To",
                Map.of(field + "To", day.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** Cases with (or, when false, without) an SLA clock that is breached and still running. */
    public CaseFilter overdue(Boolean overdue) {
        if (overdue == null) {
            return this;
        }
        return where((overdue ? "" : "not ") + "exists (select 1 from SlaClock c where c.caseId = cast(x.id as String)"
                + " and c.state = :breached and c.stoppedAt is null)", Map.of("breached", SlaClockState.BREACHED));
    }

    /** Any other condition on {@code x}, with its parameters. */
    public CaseFilter where(String clause, Map<String, Object> parameters) {
        where.add(clause);
        parameters.forEach(params::and);
        return this;
    }

    public <T> Page<T> page(PanacheRepositoryBase<T, ?> repository, PageRequest page) {
        Sort sort = Sort.by(page.sortField(), page.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("id");
        String hql = "from " + entity + " x" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var query = repository.find(hql, sort, params)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(query.list(), page.page(), page.size(), query.count());
    }
}
