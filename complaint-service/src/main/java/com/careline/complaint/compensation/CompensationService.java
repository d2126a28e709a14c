package com.careline.complaint.compensation;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.complaint.api.ComplaintView;
import com.careline.complaint.compensation.CompensationCommands.ProposeCompensation;
import com.careline.complaint.complaint.Complaint;
import com.careline.complaint.complaint.ComplaintJournal;
import com.careline.complaint.complaint.ComplaintService;
import com.careline.platform.errors.Conflict;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.security.CurrentUser;

/** Offers and their sign-off; the division manager role is enforced by the resource. */
@ApplicationScoped
@Transactional
public class CompensationService {

    private final ComplaintService complaints;
    private final ComplaintJournal journal;
    private final ApprovalPolicy policy;
    private final CurrentUser user;
    private final Clock clock;

    CompensationService(ComplaintService complaints, ComplaintJournal journal, CompensationConfig config,
            CurrentUser user, Clock clock) {
        this.complaints = complaints;
        this.journal = journal;
        this.policy = new ApprovalPolicy(config.approvalThreshold());
        this.user = user;
        this.clock = clock;
    }

    public ComplaintView propose(UUID id, ProposeCompensation command) {
        Complaint c = complaints.visible(id);
        boolean needsApproval = policy.needsApproval(command.amount());
        c.offer(Compensation.propose(c.compensation(), command.amount(), command.justification(), user.id(),
                needsApproval));
        journal.record(c, user.id(), "compensation-proposed", command.amount() + " yuan"
                + (needsApproval ? ", waiting for the division manager: " : ": ") + command.justification(),
                ComplaintEvents.COMPENSATION_PROPOSED, new ComplaintEvents.CompensationProposed(c.id(), c.number(),
                        c.branch(), command.amount(), needsApproval, command.justification(), user.id(),
                        clock.instant()));
        return complaints.view(c);
    }

    public ComplaintView approve(UUID id, String note) {
        Complaint c = complaints.visible(id);
        offered(c).approve(user.id(), clock.instant(), note);
        decided(c, true, note);
        return complaints.view(c);
    }

    public ComplaintView reject(UUID id, String reason) {
        Complaint c = complaints.visible(id);
        offered(c).reject(user.id(), clock.instant(), reason);
        decided(c, false, reason);
        return complaints.view(c);
    }

    private static Compensation offered(Complaint c) {
        if (c.compensation() == null || c.compensation().status() == null) {
            throw new Conflict("no compensation has been proposed on complaint " + c.number());
        }
        return c.compensation();
    }

    private void decided(Complaint c, boolean approved, String note) {
        Compensation offer = c.compensation();
        journal.record(c, user.id(), approved ? "compensation-approved" : "compensation-rejected",
                offer.amount() + " yuan" + (note == null || note.isBlank() ? "" : ": " + note),
                approved ? ComplaintEvents.COMPENSATION_APPROVED : ComplaintEvents.COMPENSATION_REJECTED,
                new ComplaintEvents.CompensationDecided(c.id(), c.number(), c.branch(), offer.amount(), approved, note,
                        user.id(), clock.instant()));
    }
}
