package com.careline.complaint.complaint;

/** Where a complaint stands; a complaint starts REGISTERED with its receiver as owner (首问负责制). */
public enum ComplaintStatus {
    REGISTERED
}
