package com.careline.inquiry.customer;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.inquiry.customer.CustomerCommands.SettlementTaskView;
import com.careline.platform.paging.CaseFilter;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.security.BranchScope;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.timeline.Timeline;

/** The settle-now tasks (001) of the branch's monthly-account customers: listed, then done. */
@ApplicationScoped
public class SettlementService {

    private final SettlementTaskRepository tasks;
    private final Timeline timeline;
    private final CurrentUser user;
    private final BranchScope scope;
    private final Clock clock;

    SettlementService(SettlementTaskRepository tasks, Timeline timeline, CurrentUser user, BranchScope scope,
            Clock clock) {
        this.tasks = tasks;
        this.timeline = timeline;
        this.user = user;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SettlementTaskView> list(SettlementTask.Status status, String customerNumber, String branch,
            PageRequest page) {
        return CaseFilter.on("SettlementTask").equal("status", status).equal("customerNumber", customerNumber)
                .equal("branch", scope.narrow(branch)).page(tasks, page).map(SettlementTaskView::from);
    }

    /** The account is settled; the customer's timeline says so (no event: nothing outside waits for it). */
    @Transactional
    public SettlementTaskView done(UUID id, String note) {
        SettlementTask t = tasks.findById(id);
        scope.requireVisible(t, t == null ? null : t.branch(), "settlement task", id);
        t.done(user.id(), clock.instant(), note);
        timeline.record(t.customerId().toString(), user.id(), "settled", "monthly account settled"
                + (note == null ? "" : ": " + note));
        return SettlementTaskView.from(t);
    }
}
