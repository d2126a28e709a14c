package com.careline.reporting.complaints;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.testing.CareLineInfra;
import com.careline.reporting.Burst;
import com.careline.reporting.Feed;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Many complaints' events in one burst, so that the consumers get polls of hundreds of records with several
 * events of a complaint in each: registered (some twice under two event ids, some after an acknowledgement
 * that finds nothing yet), acknowledged, escalated, transferred, resolved, reopened and resolved again,
 * closed, some delivered twice. The read models must be exactly what applying the events one at a time, in
 * topic order, gives.
 */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class BurstConsumptionTest {

    @Inject
    EntityManager em;

    @Test
    void aBurstOfInterleavedAndRepeatedEventsGivesWhatOneAtATimeGives() {
        Burst burst = Burst.of(Feed.freshBranch(), 300, 20261201, Feed.at("2023-06-28T08:00"));
        assertTrue(burst.events().size() > 1000, "a burst of " + burst.events().size());

        Burst.send(burst.events());

        burst.awaitApplied(em, Duration.ofSeconds(120));
    }
}
