package com.careline.reporting.desk.items;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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

    private final EntityManager em;
    private final Audience audience;

    WorkItems(EntityManager em, Audience audience) {
        this.em = em;
        this.audience = audience;
    }

    /**
     * Adds the item unless its key is there (a replay adds nothing); an owner change puts its owner on the case's
     * item. Returns the row when it is new or changed. An escalation takes the case's number from the case's
     * other items, since its event does not carry it.
     */
    public Optional<WorkItem> raise(WorkItem i, boolean replacesOwner) {
        String onConflict = replacesOwner
                ? "on conflict (item_key) do update set owner = excluded.owner, "
                        + "case_number = coalesce(excluded.case_number, desk_item.case_number) "
                        + "where desk_item.owner is distinct from excluded.owner"
                : "on conflict do nothing";
        List<WorkItem> rows = query("""
                insert into desk_item (id, item_key, kind, case_kind, case_id, case_number, branch, address_role,
                    address_branch, owner, clock_id, clock_kind, level, due_at, raised_at, status)
                values (?, ?, ?, ?, ?, coalesce(?, (select d.case_number from desk_item d
                        where d.case_id = ? and d.case_number is not null limit 1)),
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
                """ + onConflict + " returning " + COLUMNS,
                i.id(), i.key(), i.kind().name(), i.caseKind(), i.caseId(), i.caseNumber(), i.caseId(), i.branch(),
                i.addressRole(), i.addressBranch(), i.owner(), i.clockId(), i.clockKind(), i.level(), i.dueAt(),
                i.raisedAt());
        return rows.stream().findFirst();
    }

    /** The escalations of the case's clocks of {@code kinds} (every one when empty) are done. */
    public List<WorkItem> clockMet(String caseId, Set<String> kinds, Instant at) {
        return query("update desk_item set status = 'DONE', done_at = ? where case_id = ? and kind = 'ESCALATION' "
                + "and status <> 'DONE' and (cardinality(?::text[]) = 0 or clock_kind = any(?::text[])) returning "
                + COLUMNS, at, caseId, kinds.toArray(String[]::new), kinds.toArray(String[]::new));
    }

    public List<WorkItem> finished(String caseId, Kind kind, Instant at) {
        return query("update desk_item set status = 'DONE', done_at = ? where case_id = ? and kind = ? "
                + "and status <> 'DONE' returning " + COLUMNS, at, caseId, kind.name());
    }

    /** Open again, with no acknowledgement: the work starts over. */
    public List<WorkItem> reopened(String caseId, Kind kind) {
        return query("update desk_item set status = 'OPEN', done_at = null, acknowledged_by = null, "
                + "acknowledged_at = null where case_id = ? and kind = ? and status = 'DONE' returning " + COLUMNS,
                caseId, kind.name());
    }

    public List<WorkItem> dueAgain(String caseId, Instant from) {
        return query("update desk_item set raised_at = ? where case_id = ? and kind = 'FOLLOW_UP_DUE' "
                + "and status <> 'DONE' returning " + COLUMNS, from, caseId);
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
