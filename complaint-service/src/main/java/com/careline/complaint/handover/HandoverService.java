package com.careline.complaint.handover;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.complaint.api.ComplaintView;
import com.careline.complaint.complaint.Complaint;
import com.careline.complaint.complaint.ComplaintCommands.ChangeOwner;
import com.careline.complaint.complaint.ComplaintCommands.ShiftHandover;
import com.careline.complaint.complaint.ComplaintRepository;
import com.careline.complaint.complaint.ComplaintService;
import com.careline.platform.errors.Conflict;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.security.BranchScope;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.timeline.CaseJournal;
import io.quarkus.security.ForbiddenException;

/** 首问负责制 and 交接班: a case changes owner only by a recorded hand-over, never by being dropped. */
@ApplicationScoped
@Transactional
public class HandoverService {

    private final ComplaintService complaints;
    private final ComplaintRepository repository;
    private final CaseJournal journal;
    private final CurrentUser user;
    private final BranchScope scope;
    private final Clock clock;

    HandoverService(ComplaintService complaints, ComplaintRepository repository, CaseJournal journal,
            CurrentUser user, BranchScope scope, Clock clock) {
        this.complaints = complaints;
        this.repository = repository;
        this.journal = journal;
        this.user = user;
        this.scope = scope;
        this.clock = clock;
    }

    public ComplaintView changeOwner(UUID id, ChangeOwner command) {
        Complaint c = complaints.visible(id);
        requireMayHandOver(c.owner());
        handOver(c, command.owner(), command.reason());
        return complaints.view(c);
    }

    /** Moves every open complaint of {@code from} (in the caller's branch) to {@code to}, in one transaction. */
    public ShiftHandoverResult shiftHandover(ShiftHandover command) {
        if (command.from().equals(command.to())) {
            throw new Conflict("a shift hand-over needs two different agents");
        }
        requireMayHandOver(command.from());
        List<Complaint> open = repository.openOwnedBy(command.from(), scope.narrow(null));
        for (Complaint c : open) {
            handOver(c, command.to(), "shift hand-over: " + command.reason());
        }
        return new ShiftHandoverResult(command.from(), command.to(), open.size(),
                open.stream().map(Complaint::number).sorted().toList());
    }

    public record ShiftHandoverResult(String from, String to, int handedOver, List<String> numbers) {
    }

    private void handOver(Complaint c, String to, String reason) {
        String from = c.changeOwner(to);
        journal.record(c, user.id(), "owner-changed", from + " -> " + to + ": " + reason, ComplaintEvents.OWNER_CHANGED,
                new ComplaintEvents.OwnerChanged(c.id(), c.number(), c.branch(), from, to, reason, user.id(),
                        clock.instant()));
    }

    /** An agent hands over their own cases; supervisors and managers anyone's. */
    private void requireMayHandOver(String owner) {
        boolean isAgentOnly = !user.isServiceManagement();
        if (isAgentOnly && !owner.equals(user.id())) {
            throw new ForbiddenException("an agent hands over their own cases only");
        }
    }
}
