package com.careline.platform.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: user id, roles and branch, from the verified bearer token. */
@RequestScoped
public class CurrentUser {

    /** The token claim naming the caller's branch (e.g. {@code SZ}; {@code HQ} for headquarters). */
    public static final String BRANCH_CLAIM = "branch";
    /** The token claim naming a responsible department's staff's department (e.g. {@code WAREHOUSE}). */
    public static final String DEPARTMENT_CLAIM = "department";

    private final JsonWebToken token;

    CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    public String id() {
        return token.getName();
    }

    public String branch() {
        String branch = token.getClaim(BRANCH_CLAIM);
        return branch == null ? "" : branch;
    }

    /** The responsible department the caller works in, or null for everyone else. */
    public String department() {
        String department = token.getClaim(DEPARTMENT_CLAIM);
        return department == null || department.isBlank() ? null : department;
    }

    public Set<String> roles() {
        return token.getGroups();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /**
     * A supervisor or a customer-service manager: the service's management (002: 客服部管理人员), who decide
     * what agents propose (knowledge-base edits, early follow-up calls, taking over a hand-off).
     */
    public boolean isServiceManagement() {
        return hasRole(Roles.SUPERVISOR) || hasRole(Roles.CS_MANAGER);
    }

    public boolean isHeadquarters() {
        return Roles.HEADQUARTERS.equals(branch());
    }

    /**
     * 403 unless the caller works at headquarters: for what every branch shares (routing rules, preventive
     * measures), which one branch's staff must not change for the others, and for headquarters' own steps
     * (a claim's assessment, approval, payment). {@code may} completes "only headquarters staff may …".
     */
    public void requireHeadquarters(String may) {
        if (!isHeadquarters()) {
            throw new ForbiddenException("only headquarters staff may " + may);
        }
    }
}
