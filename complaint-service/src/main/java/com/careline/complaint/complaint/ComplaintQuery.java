package com.careline.complaint.complaint;

import java.time.LocalDate;
import java.util.Set;

/**
 * The list's filters; null means "any". {@code branch}: complaints of the branch and those transferred to it.
 * {@code overdue}: a clock breached and still running. {@code department}: transferred to that department.
 */
public record ComplaintQuery(ComplaintStatus status, String branch, Boolean major, Boolean overdue, Category category,
        String waybillNo, String phone, String owner, LocalDate from, LocalDate to, Department department) {

    /** The fields the list can be sorted by. */
    public static final Set<String> SORTABLE = Set.of("receivedAt", "number", "status");
}
