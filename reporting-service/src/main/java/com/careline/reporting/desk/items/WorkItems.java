package com.careline.reporting.desk.items;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.batch.Rows;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.reporting.Sql;
import com.careline.reporting.desk.items.Audience.Viewer;
import com.careline.reporting.desk.items.WorkItem.Kind;
import com.careline.reporting.desk.items.WorkItem.Status;

/** The {@code desk_item} table, in the caller's transaction. */
@ApplicationScoped
public class WorkItems {

    private static final String COLUMNS = "id, kind, case_kind, case_id, case_number, branch, address_role, "
            + "address_branch, owner, clock_id, clock_kind, level, due_at, raised_at, status, "
            + "acknowledged_by, acknowledged_at";
    /** The columns of the statements that join {@code desk_item d} with the rows they change. */
    private static final String RETURNED = Arrays.stream(COLUMNS.split(", ")).map(c -> "d." + c)
            .collect(Collectors.joining(", "));

    private final EntityManager em;
    private final Audience audience;

    WorkItems(EntityManager em, Audience audience) {
        this.em = em;
        this.audience = audience;
    }

    /**
     * Adds the items whose key is not there (a replay adds nothing); with {@code replacesOwner}, an owner change
     * puts its owner on the case's item. Returns the rows new or changed. An escalation takes the case's number
     * from the case's other items, since its event does not carry it. One item per case, as for the statements
     * below: a wave of {@link com.careline.reporting.batch.Waves}.
     */
    public List<WorkItem> raise(List<WorkItem> raised, boolean replacesOwner) {
        Rows rows = new Rows(15);
        raised.forEach(i -> rows.add(i.id(), i.key(), i.kind(), i.caseKind(), i.caseId(), i.caseNumber(), i.branch(),
                i.addressRole(), i.addressBranch(), i.owner(), i.clockId(), i.clockKind(), i.level(), i.dueAt(),
                i.raisedAt()));
        String onConflict = replacesOwner
                ? "on conflict (item_key) do update set owner = excluded.owner, "
                        + "case_number = coalesce(excluded.case_number, d.case_number) "
                        + "where d.owner is distinct from excluded.owner"
                : "on conflict do nothing";
        return rows.query(em, """
                insert into desk_item as d (id, item_key, kind, case_kind, case_id, case_number, branch,
                    address_role, address_branch, owner, clock_id, clock_kind, level, due_at, raised_at, status)
                select v.id, v.item_key, v.kind, v.case_kind, v.case_id,
                    coalesce(v.case_number, (select o.case_number from desk_item o
                        where o.case_id = v.case_id and o.case_number is not null limit 1)),
                    v.branch, v.address_role, v.address_branch, v.owner, v.clock_id, v.clock_kind, v.level, v.due_at,
                    v.raised_at, 'OPEN'
                from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::uuid[], ?::text[], ?::int[], ?::timestamptz[], ?::timestamptz[])
                    as v(id, item_key, kind, case_kind, case_id, case_number, branch, address_role, address_branch,
                         owner, clock_id, clock_kind, level, due_at, raised_at)
                """ + onConflict + " returning " + RETURNED, WorkItems::row);
    }

    /** Each case's escalations of its clocks of {@code kinds} (every one when empty) are done. */
    public List<WorkItem> clockMet(List<ItemChanges.ClockMet> met) {
        Rows rows = new Rows(3);
        met.forEach(m -> rows.add(m.caseId(), String.join(",", m.kinds()), m.at()));
        return rows.query(em, """
                update desk_item d set status = 'DONE', done_at = v.at
                from unnest(?::text[], ?::text[], ?::timestamptz[]) as v(case_id, kinds, at)
                where d.case_id = v.case_id and d.kind = 'ESCALATION' and d.status <> 'DONE'
                  and (v.kinds = '' or d.clock_kind = any(string_to_array(v.kinds, ',')))
                returning\s""" + RETURNED, WorkItems::row);
    }

    public List<WorkItem> finished(List<ItemChanges.Finished> finished) {
        Rows rows = new Rows(3);
        finished.forEach(f -> rows.add(f.caseId(), f.kind(), f.at()));
        return rows.query(em, """
                update desk_item d set status = 'DONE', done_at = v.at
                from unnest(?::text[], ?::text[], ?::timestamptz[]) as v(case_id, kind, at)
                where d.case_id = v.case_id and d.kind = v.kind and d.status <> 'DONE'
                returning\s""" + RETURNED, WorkItems::row);
    }

    /** Open again, with no acknowledgement: the work starts over. */
    public List<WorkItem> reopened(List<ItemChanges.Reopened> reopened) {
        Rows rows = new Rows(2);
        reopened.forEach(r -> rows.add(r.caseId(), r.kind()));
        return rows.query(em, """
                update desk_item d set status = 'OPEN', done_at = null, acknowledged_by = null, acknowledged_at = null
                from unnest(?::text[], ?::text[]) as v(case_id, kind)
                where d.case_id = v.case_id and d.kind = v.kind and d.status = 'DONE'
                returning\s""" + RETURNED, WorkItems::row);
    }

    public List<WorkItem> dueAgain(List<ItemChanges.DueAgain> due) {
        Rows rows = new Rows(2);
        due.forEach(d -> rows.add(d.caseId(), d.from()));
        return rows.query(em, """
                update desk_item d set raised_at = v.raised_at
                from unnest(?::text[], ?::timestamptz[]) as v(case_id, raised_at)
                where d.case_id = v.case_id and d.kind = 'FOLLOW_UP_DUE' and d.status <> 'DONE'
                returning\s""" + RETURNED, WorkItems::row);
    }

    /** The item, locked, if {@code viewer} sees it. */
    public Optional<WorkItem> lockVisible(UUID id, Viewer viewer, Instant now) {
        return query("select " + COLUMNS + " from desk_item where id = ? for update", id).stream()
                .filter(i -> audience.sees(viewer, i, now)).findFirst();
    }

    public WorkItem acknowledge(UUID id, String by, Instant at) {
        return query("update desk_item set status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ? "
                + "where id = ? returning " + COLUMNS, by, at, id).get(0);
    }

    /**
     * The viewer's inbox, newest first. Each way an item reaches them (their branch's, as a branch watcher; their
     * own; each of their roles in their branch) is an index range scan in the inbox's order cut at the page's
     * end, and the page their union. The total is a sum of index-only counts of the ways made disjoint (an item
     * has an owner or a role, never both, and a watcher's other ways leave their branch's items out), each
     * stopping at {@code countUpTo} rows, so that a branch's years of done items cost no more than ten thousand.
     */
    public Page<WorkItem> inbox(Viewer viewer, Kind kind, Status status, Instant now, PageRequest page,
            long countUpTo) {
        record Way(String where, List<Object> params, String apart, List<Object> apartParams) {
        }
        List<Way> ways = new ArrayList<>();
        boolean watcher = audience.watchesBranch(viewer);
        List<Object> notBranch = watcher ? List.of(viewer.branch()) : List.of();
        String apart = watcher ? " and branch <> ?" : "";
        if (watcher) {
            ways.add(new Way("branch = ?", List.of(viewer.branch()), "", List.of()));
        }
        ways.add(new Way("owner = ?", List.of(viewer.username()), apart, notBranch));
        viewer.roles().stream().sorted().forEach(role -> ways.add(new Way("address_branch = ? and address_role = ?",
                List.of(viewer.branch(), role), apart, notBranch)));
        // the literal status predicates are those of the partial indexes
        String filter = (status == Status.DONE ? " and status = 'DONE'" : " and status <> 'DONE'")
                + (status == null || status == Status.DONE ? "" : " and status = '" + status.name() + "'")
                + (kind == null ? "" : " and kind = '" + kind.name() + "'") + " and raised_at <= ?";
        StringBuilder union = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        List<Object> params = new ArrayList<>();
        List<Object> countParams = new ArrayList<>();
        for (Way way : ways) {
            String where = " from desk_item where " + way.where() + filter;
            union.append(union.isEmpty() ? "" : " union ").append("(select ").append(COLUMNS).append(where)
                    .append(" order by raised_at desc, id desc limit ?)");
            params.addAll(way.params());
            params.add(now);
            params.add(page.page() * page.size() + page.size());
            counts.append(counts.isEmpty() ? "" : " + ").append("(select count(*) from (select 1").append(where)
                    .append(way.apart()).append(" limit ?) w)");
            countParams.addAll(way.params());
            countParams.add(now);
            countParams.addAll(way.apartParams());
            countParams.add(countUpTo);
        }
        params.add(page.page() * page.size());
        params.add(page.size());
        List<WorkItem> items = query("select * from (" + union + ") u order by raised_at desc, id desc "
                + "offset ? limit ?", params.toArray());
        return Page.countedUpTo(items, page.page(), page.size(),
                Sql.count(em, "select " + counts, countParams.toArray()), countUpTo);
    }

    private List<WorkItem> query(String sql, Object... params) {
        return Sql.query(em, WorkItems::row, sql, params);
    }

    private static WorkItem row(ResultSet rs) throws SQLException {
        return new WorkItem(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
                rs.getString("case_kind"), rs.getString("case_id"), rs.getString("case_number"), rs.getString("branch"),
                rs.getString("address_role"), rs.getString("address_branch"), rs.getString("owner"),
                rs.getObject("clock_id", UUID.class), rs.getString("clock_kind"), (Integer) rs.getObject("level"),
                Sql.instant(rs, "due_at"), Sql.instant(rs, "raised_at"),
                Status.valueOf(rs.getString("status")), rs.getString("acknowledged_by"),
                Sql.instant(rs, "acknowledged_at"));
    }
}
