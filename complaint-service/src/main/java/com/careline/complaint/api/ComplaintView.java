package com.careline.complaint.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.careline.complaint.compensation.Compensation;
import com.careline.complaint.compensation.CompensationStatus;
import com.careline.complaint.complaint.Category;
import com.careline.complaint.complaint.Channel;
import com.careline.complaint.complaint.Complaint;
import com.careline.complaint.complaint.ComplaintStatus;
import com.careline.complaint.complaint.Department;
import com.careline.platform.sla.SlaClock;
import com.careline.platform.sla.SlaClockView;

/** A complaint as the agent desk shows it, with its clocks and escalation level. */
public record ComplaintView(
        UUID id,
        String number,
        String branch,
        Channel channel,
        Category category,
        ComplaintStatus status,
        String customerName,
        String customerNumber,
        String phone,
        String contact,
        String waybillNo,
        String content,
        BigDecimal claimedCompensation,
        BigDecimal estimatedLoss,
        boolean major,
        List<String> majorReasons,
        String owner,
        Department department,
        String departmentBranch,
        String resolution,
        CompensationView compensation,
        String correlationId,
        Instant receivedAt,
        Instant acknowledgedAt,
        /** When the head clerk took it, if it is major (003). */
        Instant majorReceivedAt,
        Instant transferredAt,
        Instant resolvedAt,
        Instant closedAt,
        /** Set when it was closed because the customer could not be reached: the supervisor's reason. */
        String unreachableReason,
        /** The highest rung any of its clocks has reached (0: none breached). */
        int escalationLevel,
        List<SlaClockView> clocks,
        long version) {

    public record CompensationView(BigDecimal amount, CompensationStatus status, String justification,
            String proposedBy, String decidedBy, Instant decidedAt, String note) {

        static CompensationView from(Compensation c) {
            return c == null || c.status() == null ? null : new CompensationView(c.amount(), c.status(),
                    c.justification(), c.proposedBy(), c.decidedBy(), c.decidedAt(), c.note());
        }
    }

    public static ComplaintView from(Complaint c, List<SlaClock> clocks) {
        return new ComplaintView(c.id(), c.number(), c.branch(), c.channel(), c.category(), c.status(),
                c.customerName(), c.customerNumber(), c.phone(), c.contact(), c.waybillNo(), c.content(),
                c.claimedCompensation(), c.estimatedLoss(), c.isMajor(), c.majorReasons(), c.owner(), c.department(),
                c.departmentBranch(), c.resolution(), CompensationView.from(c.compensation()), c.correlationId(),
                c.receivedAt(), c.acknowledgedAt(), c.majorReceivedAt(), c.transferredAt(), c.resolvedAt(), c.closedAt(),
                c.unreachableReason(), clocks.stream().mapToInt(SlaClock::level).max().orElse(0),
                clocks.stream().map(SlaClockView::from).toList(), c.version());
    }
}
