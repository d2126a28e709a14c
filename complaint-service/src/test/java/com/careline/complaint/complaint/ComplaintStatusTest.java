package com.careline.complaint.complaint;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.careline.complaint.complaint.ComplaintStatus.Step;
import com.careline.platform.errors.Conflict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintStatusTest {

    @ParameterizedTest
    @CsvSource({
        "REGISTERED, ACKNOWLEDGE", "REGISTERED, RESOLVE", "ACKNOWLEDGED, TRANSFER", "TRANSFERRED, REPORT_PROGRESS",
        "TRANSFERRED, TRANSFER", "TRANSFERRED, RESOLVE", "TRANSFERRED, ACKNOWLEDGE", "RESOLVED, CLOSE", "RESOLVED, REOPEN", "CLOSED, REOPEN",
        "REOPENED, TRANSFER", "REOPENED, RESOLVE", "RESOLVED, CHANGE_OWNER",
        // 003 (4): every unresolved complaint reports progress, transferred or not
        "REGISTERED, REPORT_PROGRESS", "ACKNOWLEDGED, REPORT_PROGRESS", "REOPENED, REPORT_PROGRESS"})
    void allowedSteps(ComplaintStatus status, Step step) {
        assertDoesNotThrow(() -> status.require(step));
    }

    @ParameterizedTest
    @CsvSource({
        "ACKNOWLEDGED, ACKNOWLEDGE", "RESOLVED, ACKNOWLEDGE", "CLOSED, ACKNOWLEDGE", "RESOLVED, REPORT_PROGRESS", "CLOSED, REPORT_PROGRESS", "REGISTERED, CLOSE", "ACKNOWLEDGED, CLOSE",
        "REOPENED, CLOSE", "CLOSED, RESOLVE", "CLOSED, TRANSFER", "CLOSED, CHANGE_OWNER", "REGISTERED, REOPEN",
        "RESOLVED, COMPENSATE", "CLOSED, COMPENSATE"})
    void forbiddenStepsAreConflicts(ComplaintStatus status, Step step) {
        assertThrows(Conflict.class, () -> status.require(step));
    }
}
