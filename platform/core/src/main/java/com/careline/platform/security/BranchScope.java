package com.careline.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import com.careline.platform.errors.NotFound;

/**
 * Restricts what a caller sees to their own branch; headquarters sees every branch. A case of another
 * branch answers 404, so that ids of other branches cannot be probed.
 */
@RequestScoped
public class BranchScope {

    private final CurrentUser user;

    BranchScope(CurrentUser user) {
        this.user = user;
    }

    /**
     * The one rule for narrowing a list or a report by branch: headquarters gets the branch it asks for (null:
     * every branch); a branch's staff get their own, whether they name it or not; naming another branch is a
     * 404 naming it, as a case of another branch is. Returns null for "every branch".
     */
    public String narrow(String requested) {
        if (user.isHeadquarters()) {
            return requested == null || requested.isBlank() ? null : requested;
        }
        if (requested != null && !requested.isBlank() && !requested.equals(user.branch())) {
            throw new NotFound("branch", requested);
        }
        return user.branch();
    }

    /** The branch to filter by when the caller names none: empty for headquarters. */
    public Optional<String> filter() {
        return Optional.ofNullable(narrow(null));
    }

    public boolean canSee(String branch) {
        return user.isHeadquarters() || user.branch().equals(branch);
    }

    /** Throws {@link NotFound} for a case outside the caller's branch. */
    public <T> T requireVisible(T found, String branch, String what, Object id) {
        if (found == null || !canSee(branch)) {
            throw new NotFound(what, id);
        }
        return found;
    }
}
