package com.careline.claims.compensation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.careline.claims.claim.Claim;
import com.careline.claims.claim.ClaimOrigin;
import com.careline.claims.claim.ClaimStage;
import com.careline.claims.claim.ClaimStatus;
import com.careline.claims.claim.ClaimType;
import com.careline.claims.compensation.CompensationSource.Decision;
import com.careline.platform.errors.Conflict;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.complaint.ComplaintEvents.CompensationDecided;
import com.careline.platform.events.complaint.ComplaintEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Plain values in, a decision or a refusal out: no Quarkus needed. */
class CompensationRulesTest {

    private static final Instant DECIDED = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void agreedAndApprovedCompensationsArePaidARejectedOneIsNot() {
        assertThat(CompensationRules.decision(ComplaintEvents.COMPENSATION_AGREED, decided("AGREED", "300")),
                is(Optional.of(Decision.AGREED)));
        assertThat(CompensationRules.decision(ComplaintEvents.COMPENSATION_APPROVED, decided("APPROVED", "1500")),
                is(Optional.of(Decision.APPROVED)));
        assertThat(CompensationRules.decision(ComplaintEvents.COMPENSATION_REJECTED, decided("REJECTED", "8000")),
                is(Optional.empty()));
        assertThat(CompensationRules.mayPay(ComplaintEvents.COMPENSATION_REJECTED), is(false));
    }

    @Test
    void anApprovalPublishedBeforeTheDecisionFieldIsReadByItsType() {
        assertThat(CompensationRules.decision(ComplaintEvents.COMPENSATION_APPROVED, decided(null, "1500")),
                is(Optional.of(Decision.APPROVED)));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"REJECTED, 300", "AGREED, 0", "AGREED, -5", "AGREED, 12.345",
            "AGREED, null"})
    void aDecisionToPayThatContradictsItselfOrPaysNothingIsMalformed(String decision, String amount) {
        assertThrows(EventCodec.MalformedEvent.class, () -> CompensationRules.decision(
                ComplaintEvents.COMPENSATION_AGREED, decided(decision, amount)));
    }

    @ParameterizedTest
    @CsvSource({"DAMAGE, DAMAGE", "LOSS, LOSS", "SHORTAGE, SHORTAGE", "WRONG_GOODS, WRONG_GOODS", "DELAY, DELAY",
            "ATTITUDE, SERVICE", "BILLING, SERVICE", "OTHER, SERVICE", "SERVICE, SERVICE", "SOMETHING_NEW, SERVICE"})
    void theClaimTypeIsTheShipmentsFaultElseAServiceFailure(String category, ClaimType type) {
        assertThat(CompensationRules.typeOf(category), is(type));
    }

    @Test
    void aCompensationClaimIsReadyToPayAtHeadquartersAndIsPaidTheAuthorisedAmount() {
        Claim c = compensationClaim();

        c.pay("PAY-1", "hq.agent", DECIDED.plus(Duration.ofDays(2)));

        assertThat(c.origin(), is(ClaimOrigin.COMPLAINT_COMPENSATION));
        assertThat(c.stage(), is(ClaimStage.HEADQUARTERS));
        assertThat(c.approvedBy(), is("csm.delegate"));
        assertThat(c.approvedRole(), is("DIVISION_MANAGER"));
        assertThat(c.status(), is(ClaimStatus.PAID));
        assertThat(c.paidAmount(), is(new BigDecimal("1500.00")));
    }

    @Test
    void aCompensationClaimIsNeitherAssessedAgainNorWithdrawnHere() {
        Claim c = compensationClaim();

        var refused = assertThrows(Conflict.class, () -> CompensationRules.requireAssessable(c));
        assertThrows(Conflict.class, () -> c.end(ClaimStatus.WITHDRAWN, null, "客户撤回", "agent", DECIDED));

        assertThat(refused.getMessage(), containsString("authorised on complaint SZ202612000042"));
        assertThat(c.status(), is(ClaimStatus.AGREED));
    }

    @Test
    void aDeskClaimIsAssessedAsEver() {
        Claim c = Claim.open("SZCL1", "SZ", particulars(ClaimType.DAMAGE, "1000"), null, null, "agent", DECIDED);

        CompensationRules.requireAssessable(c);

        assertThat(c.origin(), is(ClaimOrigin.DESK));
    }

    private static Claim compensationClaim() {
        var source = new CompensationSource(UUID.randomUUID(), "SZ202612000042", Decision.APPROVED, "csm.delegate",
                "dm.grants", DECIDED);
        return Claim.forCompensation("SZCL2", "SZ", particulars(ClaimType.SERVICE, "1500.00"), source, "system",
                DECIDED.plusSeconds(5));
    }

    private static Claim.Particulars particulars(ClaimType type, String amount) {
        return new Claim.Particulars(type, "SF1", "王先生", "13800000001", null, false, null, null,
                new BigDecimal(amount), "CNY", null);
    }

    private static CompensationDecided decided(String decision, String amount) {
        return new CompensationDecided(UUID.randomUUID(), "SZ202612000042", "SZ",
                amount == null ? null : new BigDecimal(amount), true, null, "agent.sz", DECIDED, null, decision,
                "DAMAGE", "SF1", "王先生", "13800000001");
    }
}
