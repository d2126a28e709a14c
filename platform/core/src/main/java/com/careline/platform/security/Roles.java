package com.careline.platform.security;

/** The roles a CareLine token carries in its {@code groups} claim. */
public final class Roles {

    /** Customer-service agent (客服人员) at headquarters or a branch. */
    public static final String AGENT = "AGENT";
    /** Shift supervisors of a branch's or headquarters' service desk. */
    public static final String SUPERVISOR = "SUPERVISOR";
    /**
     * Head customer-service clerk (客户服务总文员), at headquarters: every major complaint reaches them within
     * 30 minutes (003), and only their taking it meets that clock.
     */
    public static final String HEAD_CLERK = "HEAD_CLERK";
    /** Customer-service manager (客服经理). */
    public static final String CS_MANAGER = "CS_MANAGER";
    /**
     * Division manager (分管经理): signs off compensation (on a major complaint whatever the amount), or
     * authorises someone to, up to an amount.
     */
    public static final String DIVISION_MANAGER = "DIVISION_MANAGER";
    /** General manager (总经理): approves preventive measures. */
    public static final String GENERAL_MANAGER = "GENERAL_MANAGER";
    /** A branch system (LIS, scan systems) calling with its own token. */
    /** Staff of a responsible department (责任部门), named by the token's {@code department} claim. */
    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String BRANCH_SYSTEM = "BRANCH_SYSTEM";
    /** Operations staff running the platform. */
    public static final String OPS = "OPS";

    /** The branch claim of headquarters, whose users see every branch. */
    public static final String HEADQUARTERS = "HQ";

    private Roles() {
    }
}
