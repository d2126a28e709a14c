package com.careline.claims.document;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.claims.claim.Claim;
import com.careline.platform.errors.Conflict;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.timeline.CaseJournal;
import io.quarkus.logging.Log;

/**
 * 000's two stages hold: a claim is with headquarters only while its documents are complete. A document
 * rejected or newly required (the claimant now says the shipment was insured, the checklist was extended)
 * sends it back to the branch, which gathers it; the upload that completes the list moves it up again.
 */
@ApplicationScoped
public class StageCheck {

    /** Refused because the documents are not complete; the claim is back with the branch, and that is kept. */
    public static final class DocumentsMissing extends Conflict {
        DocumentsMissing(String reason) {
            super(reason);
        }
    }

    private final Checklists checklists;
    private final CaseJournal journal;
    private final CurrentUser user;
    private final Clock clock;

    StageCheck(Checklists checklists, CaseJournal journal, CurrentUser user, Clock clock) {
        this.checklists = checklists;
        this.journal = journal;
        this.user = user;
        this.clock = clock;
    }

    /** In the caller's transaction: returns {@code c} to the branch when headquarters has it incomplete. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean returnIfIncomplete(Claim c) {
        return returned(c).isPresent();
    }

    /** Checks the documents again before a step of headquarters; throws (keeping the return) when some are missing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireComplete(Claim c) {
        returned(c).ifPresent(missing -> {
            throw new DocumentsMissing("claim " + c.number() + " is missing " + missing + ": it is back with branch "
                    + c.branch() + ", which gathers them");
        });
    }

    /** The documents missing when this returns {@code c} to the branch; empty when it stays where it is. */
    private Optional<List<String>> returned(Claim c) {
        DocumentChecklist.Status checklist = checklists.of(c);
        if (checklist.isComplete() || !c.returnToBranch()) {
            return Optional.empty();
        }
        var missing = checklist.missing().stream().map(Enum::name).toList();
        journal.record(c, user.id(), "returned-to-branch", "documents missing: " + missing,
                ClaimEvents.RETURNED_TO_BRANCH, new ClaimEvents.ReturnedToBranch(c.id(), c.number(), c.branch(), missing,
                        clock.instant()));
        Log.infof("claim %s returned to branch %s: %s missing", c.number(), c.branch(), missing);
        return Optional.of(missing);
    }
}
