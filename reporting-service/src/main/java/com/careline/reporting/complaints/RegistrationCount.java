package com.careline.reporting.complaints;

import java.time.LocalDate;
import java.util.List;

/** Complaints registered in a period, in total and per branch. */
public record RegistrationCount(LocalDate from, LocalDate to, long registered, List<BranchCount> byBranch) {

    public record BranchCount(String branch, long registered) {
    }
}
