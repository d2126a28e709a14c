package com.careline.claims.intake;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import com.careline.platform.errors.InvalidRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimAmountsTest {

    private final ClaimAmounts amounts = new ClaimAmounts("CNY");

    @ParameterizedTest(name = "{0}, declared {1}, insured {2} ({3}), claimed {4} -> {5}")
    @CsvSource(nullValues = "-", value = {
            "USD, 1000, false,    -,  500, currency",
            "CNY, 1000, false,    -, 1001, amountClaimed",
            "-,   1000, true,     -,  500, insuredAmount",
            "CNY, 1000, true,  1200,  500, insuredAmount",
            "CNY, 1000, false,  100,  500, insuredAmount"})
    void namesTheFieldThatBreaksARule(String currency, String declared, boolean insured, String insuredAmount,
            String claimed, String field) {
        var e = assertThrows(InvalidRequest.class, () -> amounts.check(currency, new BigDecimal(declared), insured,
                insuredAmount == null ? null : new BigDecimal(insuredAmount), new BigDecimal(claimed)));

        assertThat(e.field(), is(field));
    }

    @Test
    void anAbsentCurrencyIsTheConfiguredOneAndTheDeclaredValueMayBeClaimedInFull() {
        assertThat(amounts.check(null, new BigDecimal("1000"), true, new BigDecimal("1000"), new BigDecimal("1000")),
                is("CNY"));
    }
}
