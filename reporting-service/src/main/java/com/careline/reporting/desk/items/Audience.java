package com.careline.reporting.desk.items;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.careline.platform.security.CurrentUser;
import com.careline.platform.security.Roles;
import com.careline.reporting.desk.DeskConfig;

/**
 * Who an item is for, in plain Java: the stream's fan-out asks it, and {@link WorkItems#inbox} says the same in
 * SQL. A user sees the items addressed to one of their roles in their branch, those they own, and, as a
 * {@link DeskConfig#branchWatchers() branch watcher} (supervisor, CS manager), every item of their branch.
 */
@ApplicationScoped
public class Audience {

    /** The user of a desk: from the bearer token, or from the ticket their stream was opened with. */
    public record Viewer(String username, String branch, Set<String> roles) {

        public static Viewer of(CurrentUser user) {
            return new Viewer(user.id(), user.branch(), Set.copyOf(user.roles()));
        }
    }

    private final Set<String> headquartersRoles;
    private final Set<String> branchWatchers;

    @Inject
    public Audience(DeskConfig config) {
        this(config.headquartersRoles(), config.branchWatchers());
    }

    Audience(Set<String> headquartersRoles, Set<String> branchWatchers) {
        this.headquartersRoles = Set.copyOf(headquartersRoles);
        this.branchWatchers = Set.copyOf(branchWatchers);
    }

    /** The branch an item for {@code role} about a case of {@code caseBranch} is addressed to. */
    public String addressBranch(String role, String caseBranch) {
        return headquartersRoles.contains(role) ? Roles.HEADQUARTERS : caseBranch;
    }

    public boolean watchesBranch(Viewer viewer) {
        return viewer.roles().stream().anyMatch(branchWatchers::contains);
    }

    /** Whether {@code viewer} sees {@code item} now: a follow-up call shows from its day on. */
    public boolean sees(Viewer viewer, WorkItem item, Instant now) {
        if (item.raisedAt().isAfter(now)) {
            return false;
        }
        return viewer.username().equals(item.owner())
                || item.addressRole() != null && viewer.roles().contains(item.addressRole())
                        && viewer.branch().equals(item.addressBranch())
                || watchesBranch(viewer) && viewer.branch().equals(item.branch());
    }
}
