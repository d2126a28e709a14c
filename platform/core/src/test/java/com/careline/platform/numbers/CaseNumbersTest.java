package com.careline.platform.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import com.careline.platform.numbers.CaseNumbers.Kind;
import org.junit.jupiter.api.Test;

/** One scheme for every case (000: HLSZB2003****): branch, the kind's code, year and month, sequence. */
class CaseNumbersTest {

    @Test
    void aComplaintIsBranchYearMonthAndSequenceAsIn000() {
        assertEquals("SZ202611000042", CaseNumbers.format(Kind.COMPLAINT, "SZ", YearMonth.of(2026, 11), 42));
    }

    @Test
    void claimsAndInquiriesPutTheirCodeAfterTheBranch() {
        assertEquals("SZCL202611000042", CaseNumbers.format(Kind.CLAIM, "SZ", YearMonth.of(2026, 11), 42));
        assertEquals("BJQ202601000007", CaseNumbers.format(Kind.INQUIRY, "BJ", YearMonth.of(2026, 1), 7));
    }

    @Test
    void aSequenceBeyondSixDigitsWidensTheNumberRatherThanRepeatOne() {
        assertEquals("BJ2026011000001", CaseNumbers.format(Kind.COMPLAINT, "BJ", YearMonth.of(2026, 1), 1_000_001));
    }
}
