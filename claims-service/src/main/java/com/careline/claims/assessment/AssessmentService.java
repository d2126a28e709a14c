package com.careline.claims.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import com.careline.claims.api.ClaimView;
import com.careline.claims.claim.Claim;
import com.careline.claims.claim.ClaimService;
import com.careline.claims.compensation.CompensationRules;
import com.careline.claims.document.StageCheck;
import com.careline.platform.errors.Conflict;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.timeline.CaseJournal;
import io.quarkus.logging.Log;

/** The offer: its calculation by the configured rules, then its approval within the approver's limit. */
@ApplicationScoped
@Transactional
public class AssessmentService {

    private final ClaimService claims;
    private final CaseJournal journal;
    private final AssessmentRules rules;
    private final ApprovalLimits limits;
    private final StageCheck stages;
    private final CurrentUser user;
    private final Clock clock;

    AssessmentService(ClaimService claims, CaseJournal journal, AssessmentConfig assessment, ApprovalConfig approval,
            StageCheck stages, CurrentUser user, Clock clock) {
        this.claims = claims;
        this.journal = journal;
        this.rules = new AssessmentRules(assessment.deductible(), assessment.freightMultiple());
        this.limits = new ApprovalLimits(approval.limits(), approval.unlimited());
        this.stages = stages;
        this.user = user;
        this.clock = clock;
    }

    /** @param freight the freight when the claim does not have it yet (or had it wrong); null keeps the claim's */
    /** Headquarters assesses (000), once the documents are checked again: one missing sends the claim back. */
    @Transactional(dontRollbackOn = StageCheck.DocumentsMissing.class)
    public ClaimView assess(UUID id, BigDecimal freight, String note) {
        Claim c = claims.visible(id);
        CompensationRules.requireAssessable(c);
        user.requireHeadquarters("assess a claim (000); the branch reads it and adds documents");
        stages.requireComplete(c);
        if (c.amountClaimed() == null || c.declaredValue() == null) {
            throw new Conflict("claim " + c.number() + " has no amounts yet; state its particulars first");
        }
        BigDecimal freightUsed = freight != null ? freight : c.freight();
        var result = rules.assess(c.amountClaimed(), c.declaredValue(), c.isInsured(), c.insuredAmount(), freightUsed);
        var now = clock.instant();
        if (!c.assess(result.payable(), result.rule().name(), result.calculation(), freightUsed, user.id(), now)) {
            return claims.view(c);
        }
        journal.record(c, user.id(), "assessed", String.join("; ", result.calculation())
                + (note == null || note.isBlank() ? "" : " (" + note + ")"), ClaimEvents.ASSESSED,
                new ClaimEvents.Assessed(c.id(), c.number(), c.branch(), c.amountClaimed(), result.payable(),
                        c.currency(), result.rule().name(), result.calculation(), user.id(), now));
        // an offer is an answer to the claimant (001: within 1 day)
        claims.replied(c, user.id(), "offer of " + result.payable() + " " + c.currency());
        Log.infof("claim %s assessed at %s %s (%s), correlation %s", c.number(), result.payable(), c.currency(),
                result.rule(), c.correlationId());
        return claims.view(c);
    }

    /**
     * @param seen the payable amount the approver looked at: an assessment changed since then is not approved
     *             unseen. The approver is never who assessed (four eyes).
     */
    public ClaimView approve(UUID id, BigDecimal seen) {
        Claim c = claims.visible(id);
        user.requireHeadquarters("approve a claim (000); the branch reads it and adds documents");
        var approver = limits.highest(user.roles()).orElseThrow(() -> new ForbiddenException(
                "your roles have no approval limit"));
        if (c.payable() != null && !approver.mayApprove(c.payable())) {
            throw new ForbiddenException("payable: " + c.payable() + " " + c.currency() + " is above the approval "
                    + "limit of " + approver.role() + ", " + approver.limit() + " " + c.currency());
        }
        if (user.id().equals(c.assessedBy())) {
            throw new ForbiddenException("you assessed claim " + c.number() + "; another person approves it");
        }
        if (c.payable() != null && c.payable().compareTo(seen) != 0) {
            throw new Conflict("claim " + c.number() + " is assessed at " + c.payable() + " " + c.currency()
                    + ", not " + seen + ": look at the new assessment before approving it");
        }
        var now = clock.instant();
        c.approve(user.id(), approver.role(), now);
        journal.record(c, user.id(), "approved", c.payable() + " " + c.currency() + " by " + approver.role(),
                ClaimEvents.APPROVED, new ClaimEvents.Approved(c.id(), c.number(), c.branch(), c.payable(),
                        c.currency(), approver.role(), user.id(), now));
        return claims.view(c);
    }
}
