package com.careline.complaint.compensation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import com.careline.complaint.api.ComplaintView;
import com.careline.complaint.compensation.CompensationCommands.ProposeCompensation;
import com.careline.complaint.complaint.Complaint;
import com.careline.complaint.complaint.ComplaintService;
import com.careline.platform.errors.Conflict;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.security.Roles;
import com.careline.platform.timeline.CaseJournal;

/** Offers and their sign-off, by the division manager or someone they authorised up to the amount. */
@ApplicationScoped
@Transactional
public class CompensationService {

    private final ComplaintService complaints;
    private final CaseJournal journal;
    private final ApprovalPolicy policy;
    private final Authorisations authorisations;
    private final CurrentUser user;
    private final Clock clock;

    CompensationService(ComplaintService complaints, CaseJournal journal, CompensationConfig config,
            Authorisations authorisations, CurrentUser user, Clock clock) {
        this.complaints = complaints;
        this.journal = journal;
        this.authorisations = authorisations;
        this.policy = new ApprovalPolicy(config.approvalThreshold());
        this.user = user;
        this.clock = clock;
    }

    public ComplaintView propose(UUID id, ProposeCompensation command) {
        Complaint c = complaints.visible(id);
        boolean needsApproval = policy.needsApproval(command.amount(), c.isMajor());
        c.offer(Compensation.propose(c.compensation(), command.amount(), command.justification(), user.id(),
                needsApproval));
        var now = clock.instant();
        journal.record(c, user.id(), "compensation-proposed", command.amount() + " yuan"
                + (needsApproval ? ", waiting for the division manager: " : ": ") + command.justification(),
                ComplaintEvents.COMPENSATION_PROPOSED, new ComplaintEvents.CompensationProposed(c.id(), c.number(),
                        c.branch(), command.amount(), needsApproval, command.justification(), user.id(), now));
        if (!needsApproval) {
            // agreed as proposed: claims-service pays it like a signed-off one
            journal.record(c, user.id(), "compensation-agreed", command.amount() + " yuan, within the threshold",
                    ComplaintEvents.COMPENSATION_AGREED, decision(c, ComplaintEvents.CompensationDecided.AGREED,
                            command.justification(), now, null));
        }
        return complaints.view(c);
    }

    public ComplaintView approve(UUID id, String note) {
        Complaint c = complaints.visible(id);
        String authorisedBy = signer(offered(c));
        c.compensation().approve(user.id(), clock.instant(), note);
        decided(c, true, note, authorisedBy);
        return complaints.view(c);
    }

    public ComplaintView reject(UUID id, String reason) {
        Complaint c = complaints.visible(id);
        String authorisedBy = signer(offered(c));
        c.compensation().reject(user.id(), clock.instant(), reason);
        decided(c, false, reason, authorisedBy);
        return complaints.view(c);
    }

    /**
     * Who let the caller sign {@code offer} off: null for the division manager, else the division manager
     * whose authorisation covers the amount; 403 for anyone else.
     */
    private String signer(Compensation offer) {
        if (user.hasRole(Roles.DIVISION_MANAGER)) {
            return null;
        }
        return authorisations.activeOf(user.id()).filter(a -> a.covers(offer.amount())).map(Authorisation::grantedBy)
                .orElseThrow(() -> new ForbiddenException("only the division manager signs compensation off, or "
                        + "someone they authorised for " + offer.amount() + " yuan or more"));
    }

    private static Compensation offered(Complaint c) {
        if (c.compensation() == null || c.compensation().status() == null) {
            throw new Conflict("no compensation has been proposed on complaint " + c.number());
        }
        return c.compensation();
    }

    private void decided(Complaint c, boolean approved, String note, String authorisedBy) {
        Compensation offer = c.compensation();
        journal.record(c, user.id(), approved ? "compensation-approved" : "compensation-rejected",
                offer.amount() + " yuan" + (authorisedBy == null ? "" : ", authorised by " + authorisedBy)
                        + (note == null || note.isBlank() ? "" : ": " + note),
                approved ? ComplaintEvents.COMPENSATION_APPROVED : ComplaintEvents.COMPENSATION_REJECTED,
                decision(c, approved ? ComplaintEvents.CompensationDecided.APPROVED
                        : ComplaintEvents.CompensationDecided.REJECTED, note, offer.decidedAt(), authorisedBy));
    }

    /** With the customer and waybill, which claims-service needs to pay an agreed or approved one. */
    private ComplaintEvents.CompensationDecided decision(Complaint c, String decision, String note, Instant at,
            String authorisedBy) {
        return new ComplaintEvents.CompensationDecided(c.id(), c.number(), c.branch(), c.compensation().amount(),
                !ComplaintEvents.CompensationDecided.REJECTED.equals(decision), note, user.id(), at, authorisedBy,
                decision, c.category().name(), c.waybillNo(), c.customerName(), c.phone());
    }
}
