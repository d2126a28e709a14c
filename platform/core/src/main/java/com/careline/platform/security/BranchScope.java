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

    /** The branch to filter list queries by; empty for headquarters. */
    public Optional<String> filter() {
        return user.isHeadquarters() ? Optional.empty() : Optional.of(user.branch());
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
