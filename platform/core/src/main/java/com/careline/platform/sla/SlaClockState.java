package com.careline.platform.sla;

public enum SlaClockState {
    RUNNING,
    PAUSED,
    /** Stopped in time. */
    MET,
    /** The due time passed; it goes on escalating until stopped. */
    BREACHED
}
