package com.careline.claims.claim;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.claims.api.ClaimSummary;
import com.careline.claims.api.ClaimView;
import com.careline.claims.document.Checklists;
import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.events.claim.ClaimClocks;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.security.BranchScope;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.timeline.CaseJournal;
import com.careline.platform.timeline.Timeline;

/** Finding claims and the reply to the claimant; each change is one transaction with its clocks and event. */
@ApplicationScoped
@Transactional
public class ClaimService {

    private final ClaimRepository claims;
    private final CaseJournal journal;
    private final Checklists checklists;
    private final Timeline timeline;
    private final SlaClocks clocks;
    private final CurrentUser user;
    private final BranchScope scope;
    private final CalendarConfig calendar;
    private final Clock clock;

    ClaimService(ClaimRepository claims, CaseJournal journal, Checklists checklists, Timeline timeline,
            SlaClocks clocks, CurrentUser user, BranchScope scope, CalendarConfig calendar, Clock clock) {
        this.claims = claims;
        this.journal = journal;
        this.checklists = checklists;
        this.timeline = timeline;
        this.clocks = clocks;
        this.user = user;
        this.scope = scope;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The claim if the caller may see it; another branch's is "not found", not "forbidden". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Claim visible(UUID id) {
        Claim claim = claims.findById(id);
        return scope.requireVisible(claim, claim == null ? null : claim.branch(), "claim", id);
    }

    /** As {@link #visible}, locked for the rest of the transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim visibleLocked(UUID id) {
        Claim claim = claims.lock(id);
        return scope.requireVisible(claim, claim == null ? null : claim.branch(), "claim", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimView view(Claim claim) {
        return ClaimView.from(claim, checklists.of(claim), clocks.forCase(claim.id().toString()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimView get(UUID id) {
        return view(visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClaimSummary> list(ClaimQuery query, PageRequest page) {
        var scoped = new ClaimQuery(query.status(), query.stage(), query.type(), scope.narrow(query.branch()),
                query.waybillNo(), query.overdue(), query.from(), query.to());
        return claims.find(scoped, page, calendar.zone()).map(ClaimSummary::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Timeline.TimelineView> timeline(UUID id) {
        return timeline.of(visible(id).id().toString());
    }

    /** The first answer to the claimant (001: within 1 day); later replies are only noted on the timeline. */
    public ClaimView reply(UUID id, String note) {
        Claim c = visible(id);
        replied(c, user.id(), note);
        return view(c);
    }

    /** Stops the reply clock the first time the claimant hears from us, with its event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replied(Claim c, String actor, String note) {
        var now = clock.instant();
        if (c.reply(now)) {
            clocks.stop(c.id().toString(), ClaimClocks.REPLY);
            journal.record(c, actor, "replied", note == null || note.isBlank() ? "claimant answered" : note,
                    ClaimEvents.REPLIED, new ClaimEvents.Replied(c.id(), c.number(), c.branch(), note, actor, now));
        }
    }
}
