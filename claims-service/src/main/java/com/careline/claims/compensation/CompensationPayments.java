package com.careline.claims.compensation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.claims.claim.Claim;
import com.careline.claims.claim.ClaimRepository;
import com.careline.claims.claim.ClaimStatus;
import com.careline.claims.ending.EndingService;
import com.careline.claims.intake.IntakeService;
import com.careline.platform.events.complaint.ComplaintEvents.CompensationDecided;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;

/**
 * What a complaint's decision to pay leaves to pay. A complaint pays the amount of its latest decision, once:
 * a later offer (the customer turned the first down) supersedes the unpaid claim of an earlier one, and what
 * an earlier claim has paid already is taken off the new one, so no complaint is paid twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CompensationPayments {

    private final ClaimRepository claims;
    private final IntakeService intake;
    private final EndingService endings;

    CompensationPayments(ClaimRepository claims, IntakeService intake, EndingService endings) {
        this.claims = claims;
        this.intake = intake;
        this.endings = endings;
    }

    public void pay(CompensationDecided d, CompensationSource.Decision decision) {
        // as the database keeps it, so that a redelivery finds the claim the first delivery stored
        Instant decidedAt = d.at().truncatedTo(ChronoUnit.MICROS);
        List<Claim> earlier = claims.forComplaint(d.complaintId());
        if (!earlier.isEmpty() && !earlier.get(earlier.size() - 1).compensation().decidedAt().isBefore(decidedAt)) {
            // this decision's claim is there (a redelivery), or a later decision replaced this one already
            Claim latest = earlier.get(earlier.size() - 1);
            Log.infof("complaint %s's decision of %s is not its latest (claim %s pays that of %s); nothing opens",
                    d.number(), decidedAt, latest.number(), latest.compensation().decidedAt());
            return;
        }
        BigDecimal paid = BigDecimal.ZERO;
        for (Claim c : earlier) {
            if (c.status() == ClaimStatus.PAID) {
                paid = paid.add(c.paidAmount());
            } else if (ClaimStatus.Step.SUPERSEDE.isAllowedFrom(c.status())) {
                endings.supersede(c, decidedAt, Timeline.SYSTEM);
            }
        }
        BigDecimal due = d.amount().subtract(paid);
        if (due.signum() <= 0) {
            Log.warnf("complaint %s's compensation of %s is paid already (%s); no claim opens", d.number(),
                    d.amount(), paid);
            return;
        }
        var source = new CompensationSource(d.complaintId(), d.number(), decision, d.by(), d.authorisedBy(),
                decidedAt);
        String description = "compensation on complaint " + d.number()
                + (paid.signum() == 0 ? "" : " (" + d.amount() + " agreed, " + paid + " paid before)")
                + (d.note() == null || d.note().isBlank() ? "" : ": " + d.note());
        intake.openForCompensation(d.branch(), CompensationRules.typeOf(d.category()), blankToNull(d.waybillNo()),
                d.customerName(), d.phone(), due, description, source, Timeline.SYSTEM);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
