package com.careline.bench;

/** One benchmark: sets up what it needs on the harness, measures, and adds rows to the report. */
interface Scenario {

    /** Short name used by {@code -Dbench.only=...}. */
    String name();

    void run(Harness harness, Report report) throws Exception;
}
