package com.careline.complaint.complaint;

/** The responsible departments (责任部门) a complaint is transferred to. */
public enum Department {
    OPERATIONS, WAREHOUSE, DELIVERY, FINANCE,
    /** A branch (分公司/办事处), named by its code. */
    BRANCH;

    /** The department a token's {@code department} claim names, or null when it names none of these. */
    public static Department parse(String claim) {
        for (Department d : values()) {
            if (d.name().equals(claim)) {
                return d;
            }
        }
        return null;
    }
}
