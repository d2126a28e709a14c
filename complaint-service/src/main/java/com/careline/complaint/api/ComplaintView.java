package com.careline.complaint.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.careline.complaint.complaint.Category;
import com.careline.complaint.complaint.Channel;
import com.careline.complaint.complaint.Complaint;
import com.careline.complaint.complaint.ComplaintStatus;
import com.careline.platform.sla.SlaClock;
import com.careline.platform.sla.SlaClockView;

/** A complaint as the agent desk shows it, with its clocks. */
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
        String owner,
        String correlationId,
        Instant receivedAt,
        long version,
        List<SlaClockView> clocks) {

    public static ComplaintView from(Complaint c, List<SlaClock> clocks) {
        return new ComplaintView(c.id(), c.number(), c.branch(), c.channel(), c.category(), c.status(),
                c.customerName(), c.customerNumber(), c.phone(), c.contact(), c.waybillNo(), c.content(), c.owner(),
                c.correlationId(), c.receivedAt(), c.version(), clocks.stream().map(SlaClockView::from).toList());
    }
}
