package com.careline.complaint.complaint;

/** What the complaint is about; the monthly analysis counts by this. */
public enum Category {
    DELAY, DAMAGE, LOSS, SHORTAGE, WRONG_GOODS, ATTITUDE, BILLING, OTHER
}
