package com.careline.claims.recovery;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.claims.api.ClaimView;
import com.careline.claims.claim.Claim;
import com.careline.claims.claim.ClaimService;
import com.careline.platform.errors.Conflict;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.timeline.CaseJournal;

/** 000: headquarters' customer department files the claim with the carrier or insurer and records the outcome. */
@ApplicationScoped
@Transactional
public class RecoveryService {

    private final ClaimService claims;
    private final CaseJournal journal;
    private final CurrentUser user;
    private final Clock clock;

    RecoveryService(ClaimService claims, CaseJournal journal, CurrentUser user, Clock clock) {
        this.claims = claims;
        this.journal = journal;
        this.user = user;
        this.clock = clock;
    }

    public ClaimView file(UUID id, Counterparty counterparty, String counterpartyName, BigDecimal amount,
            String reference) {
        user.requireHeadquarters("file and settle recoveries");
        Claim c = claims.visible(id);
        var now = clock.instant();
        c.fileRecovery(Recovery.file(counterparty, counterpartyName, amount, reference, user.id(), now));
        journal.record(c, user.id(), "recovery-filed", amount + " " + c.currency() + " with " + counterparty + " "
                + counterpartyName + ", reference " + reference, ClaimEvents.RECOVERY_FILED,
                new ClaimEvents.RecoveryFiled(c.id(), c.number(), c.branch(), counterparty.name(), counterpartyName,
                        amount, c.currency(), reference, user.id(), now));
        return claims.view(c);
    }

    public ClaimView settle(UUID id, BigDecimal amountRecovered) {
        user.requireHeadquarters("file and settle recoveries");
        Claim c = claims.visible(id);
        Recovery r = c.recovery();
        if (r == null) {
            throw new Conflict("no recovery is filed on claim " + c.number());
        }
        var now = clock.instant();
        r.settle(amountRecovered, now);
        journal.record(c, user.id(), "recovery-settled", amountRecovered + " of " + r.amount() + " " + c.currency()
                + " recovered from " + r.counterparty(), ClaimEvents.RECOVERY_SETTLED,
                new ClaimEvents.RecoverySettled(c.id(), c.number(), c.branch(), r.counterparty().name(), r.amount(),
                        amountRecovered, c.currency(), r.reference(), user.id(), now));
        return claims.view(c);
    }
}
