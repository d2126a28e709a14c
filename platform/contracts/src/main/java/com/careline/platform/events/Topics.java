package com.careline.platform.events;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every Kafka topic of CareLine: {@code careline.<domain>.events}, and per consumed topic a dead-letter
 * topic {@code <topic>.dlq} where consumers park messages they cannot process (the reason is in the
 * record headers). The launcher, the test infrastructure and deploy/ create exactly {@link #ALL}.
 */
public final class Topics {

    public static final String INQUIRY_EVENTS = "careline.inquiry.events";
    public static final String COMPLAINT_EVENTS = "careline.complaint.events";
    public static final String CLAIM_EVENTS = "careline.claim.events";
    public static final String REVISIT_EVENTS = "careline.revisit.events";
    /** Published by the branch systems (scan and exception events), consumed by inquiry and claims. */
    public static final String SHIPMENT_EVENTS = "careline.shipment.events";

    public static final List<String> DOMAIN = List.of(
            INQUIRY_EVENTS, COMPLAINT_EVENTS, CLAIM_EVENTS, REVISIT_EVENTS, SHIPMENT_EVENTS);

    public static final List<String> ALL = Stream.concat(DOMAIN.stream(), DOMAIN.stream().map(Topics::deadLetter))
            .toList();

    /**
     * Partitions of a case topic: a consumer group can grow to this many consumers (pods × per-pod
     * concurrency). Sized in docs/benchmarks.md from the measured events per second per partition.
     */
    public static final int CASE_PARTITIONS = 12;
    /** The branches' scan stream is the largest by far; its consumers scale out furthest. */
    public static final int SHIPMENT_PARTITIONS = 48;
    /** A dead-letter topic holds few records and is read by ops only. */
    public static final int DEAD_LETTER_PARTITIONS = 1;

    private Topics() {
    }

    /** How many partitions {@code topic} has, the same in ./run.sh, the tests and deploy/. */
    public static int partitions(String topic) {
        if (topic.endsWith(".dlq")) {
            return DEAD_LETTER_PARTITIONS;
        }
        return SHIPMENT_EVENTS.equals(topic) ? SHIPMENT_PARTITIONS : CASE_PARTITIONS;
    }

    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    /** {@code careline.complaint.events} for {@code complaint}. */
    public static String forDomain(String domain) {
        String topic = "careline." + domain + ".events";
        if (!DOMAIN.contains(topic)) {
            throw new IllegalArgumentException("no topic for domain " + domain);
        }
        return topic;
    }
}
