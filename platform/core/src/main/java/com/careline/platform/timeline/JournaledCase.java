package com.careline.platform.timeline;

import java.util.UUID;

/** A case whose changes {@link CaseJournal} records: its id names its timeline and is its events' subject. */
public interface JournaledCase {

    UUID id();

    /** The waybill or case it came from, carried by every event of the case. */
    String correlationId();
}
