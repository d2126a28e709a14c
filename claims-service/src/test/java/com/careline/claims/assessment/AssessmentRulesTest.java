package com.careline.claims.assessment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import com.careline.claims.assessment.AssessmentRules.Rule;
import com.careline.platform.errors.InvalidRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Plain arithmetic: no Quarkus needed. Deductible 100, uninsured cap 3 x freight. */
class AssessmentRulesTest {

    private final AssessmentRules rules = new AssessmentRules(new BigDecimal("100"), new BigDecimal("3"));

    @ParameterizedTest(name = "insured {1} of declared {0}, claimed {2} -> {3}")
    @CsvSource({
            "5000, 3000, 4000, 2900.00",   // capped by insured amount less deductible
            "5000, 5000, 1200, 1200.00",   // below the cap: what was claimed
            "5000, 3000, 2900, 2900.00",   // exactly the cap
            "5000,   80,   80,    0.00",   // insured amount below the deductible pays nothing
            "1000, 1000, 1000,  900.00"})
    void insuredClaims(String declared, String insuredAmount, String claimed, String payable) {
        var result = rules.assess(new BigDecimal(claimed), new BigDecimal(declared), true, new BigDecimal(insuredAmount),
                null);

        assertThat(result.rule(), is(Rule.INSURED));
        assertThat(result.payable(), is(new BigDecimal(payable)));
    }

    @ParameterizedTest(name = "uninsured, freight {1}, declared {0}, claimed {2} -> {3}")
    @CsvSource({
            "5000,  20, 1000,   60.00",  // 3 x freight
            "5000, 500,  700,  700.00",  // below the cap: what was claimed
            " 800, 500,  800,  800.00",  // the declared value caps 1500
            "5000, 25.5, 900,  76.50"})
    void uninsuredClaims(String declared, String freight, String claimed, String payable) {
        var result = rules.assess(new BigDecimal(claimed), new BigDecimal(declared), false, null,
                new BigDecimal(freight));

        assertThat(result.rule(), is(Rule.UNINSURED));
        assertThat(result.payable(), is(new BigDecimal(payable)));
    }

    @Test
    void recordsEveryStepOfTheCalculation() {
        var result = rules.assess(new BigDecimal("4000"), new BigDecimal("5000"), true, new BigDecimal("3000"), null);

        assertThat(result.calculation(), is(java.util.List.of(
                "insured: insured amount 3000.00 - deductible 100.00 = 2900.00",
                "payable = min(claimed 4000.00, cap 2900.00, declared value 5000.00) = 2900.00")));
    }

    @Test
    void anUninsuredClaimWithoutFreightCannotBeAssessed() {
        var e = assertThrows(InvalidRequest.class, () -> rules.assess(BigDecimal.TEN, BigDecimal.TEN, false, null, null));

        assertThat(e.field(), is("freight"));
    }

    @Test
    void refusesNegativeConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new AssessmentRules(new BigDecimal("-1"), BigDecimal.ONE));
    }
}
