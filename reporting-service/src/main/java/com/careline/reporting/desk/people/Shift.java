package com.careline.reporting.desk.people;

import java.time.Instant;
import java.util.UUID;

/** A roster shift: {@code username} is on duty for {@code role} in {@code branch} from {@code from} to {@code to}. */
public record Shift(UUID id, String role, String branch, String username, Instant from, Instant to) {

    boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
