package com.careline.inquiry.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** 001's settle-now rule, plain Java. */
class SettlementRuleTest {

    private final Instant changedAt = Instant.parse("2026-12-02T03:00:00Z");

    @Test
    void aMonthlyAccountCustomerWhoMovesIsSettledWithinTheConfiguredTime() {
        assertEquals(Optional.of(Instant.parse("2026-12-03T03:00:00Z")),
                SettlementRule.dueAt(true, false, changedAt, Duration.ofDays(1)));
        assertEquals(Optional.of(Instant.parse("2026-12-02T07:00:00Z")),
                SettlementRule.dueAt(true, false, changedAt, Duration.ofHours(4)));
    }

    @Test
    void anOpenTaskIsNotRaisedTwice() {
        assertTrue(SettlementRule.dueAt(true, true, changedAt, Duration.ofDays(1)).isEmpty());
    }

    @Test
    void aCustomerWithoutAMonthlyAccountHasNothingToSettle() {
        assertTrue(SettlementRule.dueAt(false, false, changedAt, Duration.ofDays(1)).isEmpty());
    }
}
