package com.careline.claims.ending;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.claims.api.ClaimView;
import com.careline.claims.claim.Claim;
import com.careline.claims.claim.ClaimService;
import com.careline.claims.claim.ClaimStatus;
import com.careline.platform.events.claim.ClaimClocks;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.timeline.CaseJournal;
import io.quarkus.logging.Log;

/**
 * A claim that ends without payment: rejected by headquarters under an exclusion clause (免责条款, 000), which
 * is also the answer the claimant is owed (001: within a day), withdrawn by the claimant, or, for a complaint's
 * compensation, superseded by a later decision on the complaint. Its clocks stop.
 */
@ApplicationScoped
@Transactional
public class EndingService {

    private final ClaimService claims;
    private final CaseJournal journal;
    private final SlaClocks clocks;
    private final CurrentUser user;
    private final Clock clock;

    EndingService(ClaimService claims, CaseJournal journal, SlaClocks clocks, CurrentUser user, Clock clock) {
        this.claims = claims;
        this.journal = journal;
        this.clocks = clocks;
        this.user = user;
        this.clock = clock;
    }

    public ClaimView reject(UUID id, String clause, String reason) {
        Claim c = claims.visible(id);
        user.requireHeadquarters("reject a claim (000); the branch reads it");
        var now = clock.instant();
        c.end(ClaimStatus.REJECTED, clause.strip(), reason.strip(), user.id(), now);
        journal.record(c, user.id(), "rejected", clause + ": " + reason, ClaimEvents.REJECTED,
                new ClaimEvents.Rejected(c.id(), c.number(), c.branch(), c.endClause(), c.endReason(), user.id(), now));
        claims.replied(c, user.id(), "rejected under " + clause); // the answer the claimant is owed
        clocks.stop(c.id().toString(), ClaimClocks.PAYMENT);
        Log.infof("claim %s rejected under %s, correlation %s", c.number(), clause, c.correlationId());
        return claims.view(c);
    }

    public ClaimView withdraw(UUID id, String reason) {
        Claim c = claims.visible(id);
        var now = clock.instant();
        c.end(ClaimStatus.WITHDRAWN, null, reason.strip(), user.id(), now);
        clocks.stop(c.id().toString(), ClaimClocks.REPLY, ClaimClocks.PAYMENT);
        journal.record(c, user.id(), "withdrawn", reason, ClaimEvents.WITHDRAWN,
                new ClaimEvents.Withdrawn(c.id(), c.number(), c.branch(), c.endReason(), user.id(), now));
        Log.infof("claim %s withdrawn by the claimant, correlation %s", c.number(), c.correlationId());
        return claims.view(c);
    }

    /** Ends unpaid compensation claim {@code c}: the complaint's decision taken at {@code decidedAt} replaces it. */
    public void supersede(Claim c, Instant decidedAt, String actor) {
        var now = clock.instant();
        c.supersede(decidedAt, actor, now);
        clocks.stop(c.id().toString(), ClaimClocks.REPLY, ClaimClocks.PAYMENT);
        journal.record(c, actor, "superseded", c.endReason(), ClaimEvents.SUPERSEDED, new ClaimEvents.Superseded(
                c.id(), c.number(), c.branch(), c.compensation().complaintNumber(), decidedAt, now));
        Log.infof("claim %s superseded by complaint %s's decision of %s", c.number(),
                c.compensation().complaintNumber(), decidedAt);
    }
}
