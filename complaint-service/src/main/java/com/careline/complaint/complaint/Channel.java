package com.careline.complaint.complaint;

/** How the complaint reached us (000: 来电/来函/来访/电子邮件/LIS网络, plus the web form). */
public enum Channel {
    PHONE, LETTER, VISIT, EMAIL, WEB, LIS
}
