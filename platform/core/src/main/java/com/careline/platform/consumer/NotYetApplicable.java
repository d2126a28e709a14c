package com.careline.platform.consumer;

import java.util.UUID;
import java.util.function.Function;

import com.careline.platform.events.EventCodec;

/**
 * Thrown by a handler for an event about a case it has not seen yet, because the event that introduces the
 * case arrives by another topic (a follow-up result before the complaint, say). The event waits and is
 * tried again later, a bounded number of times ({@code careline.consumer.not-yet.*}), then is parked.
 */
public class NotYetApplicable extends RuntimeException {

    public NotYetApplicable(String reason) {
        super(reason);
    }

    /**
     * The case of this service that an event of another service names by {@code caseId}: parked as malformed
     * when the id is not one ({@link EventCodec.MalformedEvent}), waiting when the case is not here yet.
     *
     * @param kind what the case is ("complaint"), for the reasons
     * @param namedBy what named it ("revisit 4f…"), for the reasons
     */
    public static <T> T require(String caseId, Function<UUID, T> find, String kind, String namedBy) {
        UUID id;
        try {
            id = UUID.fromString(caseId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventCodec.MalformedEvent(namedBy + " names " + kind + " '" + caseId + "'");
        }
        T found = find.apply(id);
        if (found == null) {
            throw new NotYetApplicable(namedBy + " follows unknown " + kind + " " + caseId);
        }
        return found;
    }
}
