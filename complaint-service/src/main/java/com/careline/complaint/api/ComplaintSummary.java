package com.careline.complaint.api;

import java.time.Instant;
import java.util.UUID;

import com.careline.complaint.complaint.Category;
import com.careline.complaint.complaint.Channel;
import com.careline.complaint.complaint.Complaint;
import com.careline.complaint.complaint.ComplaintStatus;

/** A line of the complaint list: what a desk scans, no clocks (one query per page, no N+1). */
public record ComplaintSummary(UUID id, String number, String branch, Channel channel, Category category,
        ComplaintStatus status, boolean major, String customerName, String waybillNo, String owner, Instant receivedAt) {

    public static ComplaintSummary from(Complaint c) {
        return new ComplaintSummary(c.id(), c.number(), c.branch(), c.channel(), c.category(), c.status(), c.isMajor(),
                c.customerName(), c.waybillNo(), c.owner(), c.receivedAt());
    }
}
