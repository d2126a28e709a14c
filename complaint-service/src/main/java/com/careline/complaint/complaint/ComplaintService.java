package com.careline.complaint.complaint;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.complaint.api.ComplaintView;
import com.careline.platform.security.BranchScope;
import com.careline.platform.sla.SlaClocks;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplaintService {

    private final ComplaintRepository complaints;
    private final SlaClocks clocks;
    private final BranchScope scope;

    ComplaintService(ComplaintRepository complaints, SlaClocks clocks, BranchScope scope) {
        this.complaints = complaints;
        this.clocks = clocks;
        this.scope = scope;
    }

    /** The complaint with its clocks; another branch's complaint is not found. */
    public ComplaintView get(UUID id) {
        Complaint complaint = complaints.findById(id);
        scope.requireVisible(complaint, complaint == null ? null : complaint.branch(), "complaint", id);
        return ComplaintView.from(complaint, clocks.forCase(id.toString()));
    }
}
