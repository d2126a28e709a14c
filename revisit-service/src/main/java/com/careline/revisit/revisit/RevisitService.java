package com.careline.revisit.revisit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.security.BranchScope;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.timeline.Timeline;

/** Reading revisits: the call list and one revisit, within the caller's branch. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RevisitService {

    private final RevisitRepository revisits;
    private final SlaClocks clocks;
    private final Timeline timeline;
    private final BranchScope scope;
    private final BusinessCalendar days;
    private final Clock clock;

    RevisitService(RevisitRepository revisits, SlaClocks clocks, Timeline timeline, BranchScope scope,
            BusinessCalendar days, Clock clock) {
        this.revisits = revisits;
        this.clocks = clocks;
        this.timeline = timeline;
        this.scope = scope;
        this.days = days;
        this.clock = clock;
    }

    /** The revisit if the caller may see it; another branch's is "not found". */
    public Revisit visible(UUID id) {
        Revisit r = revisits.findById(id);
        return scope.requireVisible(r, r == null ? null : r.branch(), "revisit", id);
    }

    public RevisitView view(Revisit r) {
        return RevisitView.from(r, revisits.attemptsOf(r.id()), clocks.forCase(r.id().toString()));
    }

    public RevisitView get(UUID id) {
        return view(visible(id));
    }

    public List<Timeline.TimelineView> timeline(UUID id) {
        return timeline.of(visible(id).id().toString());
    }

    public Page<RevisitSummary> list(RevisitQuery query, PageRequest page) {
        String branch = scope.narrow(query.branch());
        var scoped = new RevisitQuery(query.due(), query.status(), query.caseType(), query.caseId(), branch);
        return revisits.find(scoped, page, days.dateOf(clock.instant()), clock.instant()).map(RevisitSummary::from);
    }
}
