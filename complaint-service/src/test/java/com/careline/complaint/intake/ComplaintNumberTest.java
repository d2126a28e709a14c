package com.careline.complaint.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ComplaintNumberTest {

    @Test
    void numberIsBranchYearMonthAndSequence() {
        assertEquals("SZ202611000042", IntakeService.number("SZ", YearMonth.of(2026, 11), 42));
    }

    @Test
    void sequenceBeyondSixDigitsWidensTheNumberRatherThanRepeatOne() {
        assertEquals("BJ2026011000001", IntakeService.number("BJ", YearMonth.of(2026, 1), 1_000_001));
    }
}
