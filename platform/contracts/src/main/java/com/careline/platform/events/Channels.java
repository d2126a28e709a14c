package com.careline.platform.events;

/**
 * Incoming SmallRye channel names. Each is bound to its topic by one
 * {@code mp.messaging.incoming.<channel>.topic} line in the consuming service's application.properties;
 * services never produce through a channel, only the outbox relay writes to Kafka.
 */
public final class Channels {

    public static final String INQUIRY_EVENTS = "inquiry-events";
    public static final String COMPLAINT_EVENTS = "complaint-events";
    public static final String CLAIM_EVENTS = "claim-events";
    public static final String REVISIT_EVENTS = "revisit-events";
    public static final String SHIPMENT_EVENTS = "shipment-events";
    /** reporting-service's case search reads the case topics in consumer groups of its own (#19). */
    public static final String SEARCH_INQUIRY_EVENTS = "search-inquiry-events";
    public static final String SEARCH_COMPLAINT_EVENTS = "search-complaint-events";
    public static final String SEARCH_CLAIM_EVENTS = "search-claim-events";
    public static final String SEARCH_REVISIT_EVENTS = "search-revisit-events";

    private Channels() {
    }
}
