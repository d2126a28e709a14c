package com.careline.platform.security;

import jakarta.enterprise.context.RequestScoped;

import com.careline.platform.errors.NotFound;

/**
 * Restricts what a caller sees to their own branch; headquarters sees every branch; a case transferred to a
 * branch or a department is seen there too. A case of another branch answers 404, so that ids of other
 * branches cannot be probed.
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

    public boolean canSee(String branch) {
        return user.isHeadquarters() || user.branch().equals(branch);
    }

    /**
     * Whether the caller sees a case of {@code branch} that was transferred to {@code handledByBranch} or to the
     * department {@code handledByDepartment} (each null when not): its branch, headquarters and the branch it
     * was transferred to see it (000: the responsible branch reports on and resolves it); a responsible
     * department's staff (a {@code department} claim) see only what was transferred to their department.
     */
    public boolean canSee(String branch, String handledByBranch, String handledByDepartment) {
        String department = user.department();
        if (department != null && !department.equals(handledByDepartment)) {
            return false;
        }
        return canSee(branch) || (handledByBranch != null && handledByBranch.equals(user.branch()));
    }

    /** As {@link #requireVisible(Object, String, String, Object)} for a case that may have been transferred. */
    public <T> T requireVisible(T found, String branch, String handledByBranch, String handledByDepartment,
            String what, Object id) {
        if (found == null || !canSee(branch, handledByBranch, handledByDepartment)) {
            throw new NotFound(what, id);
        }
        return found;
    }

    /** Throws {@link NotFound} for a case outside the caller's branch. */
    public <T> T requireVisible(T found, String branch, String what, Object id) {
        if (found == null || !canSee(branch)) {
            throw new NotFound(what, id);
        }
        return found;
    }
}
