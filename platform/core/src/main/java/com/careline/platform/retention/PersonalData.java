package com.careline.platform.retention;

import java.time.Instant;
import java.util.List;

/**
 * What one service keeps about people on one kind of case, and how it goes once the case has been closed longer
 * than the retention. A service declares one bean per kind of case; {@link Retention} calls it in batches, in a
 * transaction, and then erases what the platform keeps about the same cases (timeline details, settled parked
 * records).
 */
public interface PersonalData {

    /** The kind of case, for logs, metrics and the run's summary, e.g. {@code complaint}. */
    String name();

    /**
     * Up to {@code limit} ids of cases closed before {@code closedBefore} whose personal data is still there,
     * oldest first, leaving out those on legal hold ({@link LegalHolds#notHeld}).
     */
    List<String> expired(Instant closedBefore, int limit);

    /**
     * Removes or anonymises the names, phones, addresses, free texts and documents of these cases, keeping
     * what the figures need (dates, branch, category, amounts), and marks them erased at {@code at}.
     */
    void erase(List<String> caseIds, Instant at);
}
