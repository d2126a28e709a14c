package com.careline.reporting.desk.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.errors.NotFound;
import com.careline.platform.ids.TimeOrderedIds;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.security.Roles;
import com.careline.reporting.Sql;
import com.careline.reporting.desk.people.PeopleCommands.AddShift;
import com.careline.reporting.desk.people.PeopleCommands.PutStaff;

/** The staff directory and the on-duty roster, and who of them an item reaches. */
@ApplicationScoped
public class Directory {

    /** The roles a person can have; a branch system's token is no one's. */
    static final Set<String> ROLES = Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.HEAD_CLERK, Roles.CS_MANAGER,
            Roles.DIVISION_MANAGER, Roles.GENERAL_MANAGER, Roles.DEPARTMENT, Roles.OPS);

    private final EntityManager em;
    private final Clock clock;

    Directory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Whom an item for {@code role} in {@code branch} raised at {@code at} reaches ({@link Recipients}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Staff> recipients(String role, String branch, Instant at) {
        List<Staff> staff = staff("where branch = ? and roles @> array[?]::text[] order by username",
                branch, role);
        List<Shift> shifts = shifts("where role = ? and branch = ? and from_at <= ? and to_at > ?",
                role, branch, at, at);
        return Recipients.of(staff, shifts, at);
    }

    @Transactional
    public Staff put(String username, PutStaff s) {
        if (username == null || username.isBlank() || username.length() > 100) {
            throw new InvalidRequest("username", "must be 1 to 100 characters");
        }
        List<String> unknown = s.roles().stream().filter(r -> !ROLES.contains(r)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequest("roles", "must be among " + String.join(", ", ROLES.stream().sorted().toList())
                    + " (not " + String.join(", ", unknown) + ")");
        }
        execute("""
                insert into desk_staff (username, name, email, branch, roles, updated_at) values (?, ?, ?, ?, ?, ?)
                on conflict (username) do update set name = excluded.name, email = excluded.email,
                    branch = excluded.branch, roles = excluded.roles, updated_at = excluded.updated_at""",
                username, s.name(), s.email(), s.branch(),
                s.roles().stream().distinct().sorted().toArray(String[]::new), clock.instant());
        return get(username);
    }

    @Transactional
    public Staff get(String username) {
        return staff("where username = ?", username).stream().findFirst()
                .orElseThrow(() -> new NotFound("staff member", username));
    }

    @Transactional
    public Page<Staff> list(String branch, PageRequest page) {
        String where = branch == null ? "" : "where branch = ?";
        Object[] params = branch == null ? new Object[0] : new Object[] {branch};
        List<Staff> rows = staff(where + " order by username offset " + page.page() * page.size() + " limit "
                + page.size(), params);
        long total = count("select count(*) from desk_staff " + where, params);
        return new Page<>(rows, page.page(), page.size(), total);
    }

    @Transactional
    public void remove(String username) {
        if (execute("delete from desk_staff where username = ?", username) == 0) {
            throw new NotFound("staff member", username);
        }
    }

    @Transactional
    public Shift addShift(AddShift s, String by) {
        if (!ROLES.contains(s.role())) {
            throw new InvalidRequest("role", "must be one of " + String.join(", ", ROLES.stream().sorted().toList()));
        }
        if (!s.to().isAfter(s.from())) {
            throw new InvalidRequest("to", "must be after from");
        }
        UUID id = TimeOrderedIds.next();
        execute("insert into desk_shift (id, role, branch, username, from_at, to_at, created_by) "
                + "values (?, ?, ?, ?, ?, ?, ?)", id, s.role(), s.branch(), s.username(), s.from(), s.to(), by);
        return new Shift(id, s.role(), s.branch(), s.username(), s.from(), s.to());
    }

    /**
     * The shifts of a branch (every branch when null) that overlap [from, to), earliest first; from defaults to
     * now, to to a day after from.
     */
    @Transactional
    public Page<Shift> roster(String branch, String role, Instant askedFrom, Instant askedTo, PageRequest page) {
        Instant from = askedFrom == null ? clock.instant() : askedFrom;
        Instant to = askedTo == null ? from.plus(Duration.ofDays(1)) : askedTo;
        StringBuilder where = new StringBuilder("where from_at < ? and to_at > ?");
        List<Object> params = new ArrayList<>(List.of(to, from));
        if (branch != null) {
            where.append(" and branch = ?");
            params.add(branch);
        }
        if (role != null) {
            where.append(" and role = ?");
            params.add(role);
        }
        List<Shift> rows = shifts(where + " order by from_at, id offset " + page.page() * page.size() + " limit "
                + page.size(), params.toArray());
        return new Page<>(rows, page.page(), page.size(),
                count("select count(*) from desk_shift " + where, params.toArray()));
    }

    /** Removes the shift if it is of {@code branch} (null: any branch). */
    @Transactional
    public void removeShift(UUID id, String branch) {
        int removed = branch == null ? execute("delete from desk_shift where id = ?", id)
                : execute("delete from desk_shift where id = ? and branch = ?", id, branch);
        if (removed == 0) {
            throw new NotFound("shift", id);
        }
    }

    private List<Staff> staff(String where, Object... params) {
        return Sql.query(em, rs -> new Staff(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Arrays.asList((String[]) rs.getArray(5).getArray())),
                "select username, name, email, branch, roles from desk_staff " + where, params);
    }

    private List<Shift> shifts(String where, Object... params) {
        return Sql.query(em, rs -> new Shift(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4), Sql.instant(rs, "from_at"), Sql.instant(rs, "to_at")),
                "select id, role, branch, username, from_at, to_at from desk_shift " + where, params);
    }

    private long count(String sql, Object... params) {
        return Sql.count(em, sql, params);
    }

    private int execute(String sql, Object... params) {
        return Sql.execute(em, sql, params);
    }
}
