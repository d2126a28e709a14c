package com.careline.claims.assessment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApprovalLimitsTest {

    private final ApprovalLimits limits = new ApprovalLimits(Map.of("AGENT", new BigDecimal("500"),
            "CS_MANAGER", new BigDecimal("5000"), "DIVISION_MANAGER", new BigDecimal("50000")), "GENERAL_MANAGER");

    @ParameterizedTest(name = "{0} approves {1}: {2}")
    @CsvSource({
            "AGENT, 500, true", "AGENT, 500.01, false",
            "CS_MANAGER, 5000, true", "CS_MANAGER, 5000.01, false",
            "DIVISION_MANAGER, 50000, true", "DIVISION_MANAGER, 50000.01, false",
            "GENERAL_MANAGER, 99999999.99, true", "SUPERVISOR, 1, false"})
    void eachRoleApprovesUpToItsLimit(String role, String amount, boolean allowed) {
        assertThat(limits.mayApprove(Set.of(role), new BigDecimal(amount)), is(allowed));
    }

    @Test
    void theHighestLimitAmongTheCallersRolesCounts() {
        var roles = Set.of("AGENT", "CS_MANAGER");

        assertThat(limits.highest(roles).orElseThrow().role(), is("CS_MANAGER"));
        assertThat(limits.mayApprove(roles, new BigDecimal("4000")), is(true));
    }
}
