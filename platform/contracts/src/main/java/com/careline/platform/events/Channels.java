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
    /**
     * reporting-service's desk (work inbox): one channel on the four case topics, bound by a
     * {@code topics} list instead of one {@code topic}, in a consumer group of its own.
     */
    public static final String DESK_EVENTS = "desk-events";
    /** reporting-service's case search (#19): one channel on the four case topics, in a group of its own. */
    public static final String SEARCH_EVENTS = "search-events";

    private Channels() {
    }
}
