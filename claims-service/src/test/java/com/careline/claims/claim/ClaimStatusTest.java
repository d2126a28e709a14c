package com.careline.claims.claim;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.careline.claims.claim.ClaimStatus.Step;
import com.careline.platform.errors.Conflict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimStatusTest {

    @ParameterizedTest(name = "{1} from {0}: {2}")
    @CsvSource({
            "OPEN, ASSESS, true", "DISPUTED, ASSESS, true", "ASSESSED, ASSESS, true", "AGREED, ASSESS, false",
            "PAID, ASSESS, false", "ASSESSED, APPROVE, true", "OPEN, APPROVE, false", "APPROVED, ANSWER, true",
            "ASSESSED, ANSWER, false", "AGREED, PAY, true", "APPROVED, PAY, false", "PAID, PAY, false"})
    void stepsFollowTheSettlement(ClaimStatus from, Step step, boolean allowed) {
        assertThat(step.isAllowedFrom(from), is(allowed));
        if (!allowed) {
            assertThrows(Conflict.class, () -> from.require(step));
        }
    }
}
