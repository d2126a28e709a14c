package com.careline.claims.settlement;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.claims.api.ClaimView;
import com.careline.claims.claim.Claim;
import com.careline.claims.claim.ClaimRepository;
import com.careline.claims.claim.ClaimService;
import com.careline.claims.claim.ClaimStatus;
import com.careline.platform.errors.Conflict;
import com.careline.platform.events.claim.ClaimClocks;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.timeline.CaseJournal;
import io.quarkus.logging.Log;

/** The claimant's answer to the offer and the payment (001: paid within 7 days of agreement). */
@ApplicationScoped
@Transactional
public class SettlementService {

    private final ClaimService claims;
    private final ClaimRepository repository;
    private final CaseJournal journal;
    private final SlaClocks clocks;
    private final CurrentUser user;
    private final Clock clock;

    SettlementService(ClaimService claims, ClaimRepository repository, CaseJournal journal, SlaClocks clocks,
            CurrentUser user, Clock clock) {
        this.claims = claims;
        this.repository = repository;
        this.journal = journal;
        this.clocks = clocks;
        this.user = user;
        this.clock = clock;
    }

    public ClaimView answer(UUID id, boolean agreed, String note) {
        Claim c = claims.visible(id);
        var now = clock.instant();
        c.answer(agreed, note, now);
        if (agreed) {
            clocks.start(c.id().toString(), ClaimClocks.PAYMENT, c.correlationId(), c.branch());
        }
        journal.record(c, user.id(), agreed ? "agreed" : "disputed", "offer of " + c.payable() + " " + c.currency()
                + (note == null || note.isBlank() ? "" : ": " + note), agreed ? ClaimEvents.AGREED : ClaimEvents.DISPUTED,
                new ClaimEvents.Answered(c.id(), c.number(), c.branch(), c.payable(), agreed, note, user.id(), now));
        return claims.view(c);
    }

    /**
     * Records the payment once per reference: the same reference again is the same payment and changes
     * nothing; another reference on a paid claim, or a reference that paid another claim, is a conflict.
     */
    public ClaimView pay(UUID id, String reference) {
        Claim c = claims.visible(id);
        user.requireHeadquarters("pay a claim (000); the branch reads it");
        String ref = reference.strip();
        if (c.status() == ClaimStatus.PAID) {
            if (ref.equals(c.paymentReference())) {
                Log.infof("payment %s of claim %s repeated, already recorded", ref, c.number());
                return claims.view(c);
            }
            throw new Conflict("claim " + c.number() + " is already paid by " + c.paymentReference());
        }
        if (repository.isPaymentReferenceUsed(ref)) {
            throw new Conflict("payment reference " + ref + " already paid another claim");
        }
        var now = clock.instant();
        c.pay(ref, user.id(), now);
        clocks.stop(c.id().toString(), ClaimClocks.PAYMENT);
        journal.record(c, user.id(), "paid", c.paidAmount() + " " + c.currency() + ", reference " + ref,
                ClaimEvents.PAID, new ClaimEvents.Paid(c.id(), c.number(), c.branch(), c.paidAmount(), c.currency(),
                        ref, user.id(), now));
        Log.infof("claim %s paid %s %s, reference %s, correlation %s", c.number(), c.paidAmount(), c.currency(), ref,
                c.correlationId());
        return claims.view(c);
    }
}
