package com.careline.reporting.rebuild;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.errors.Conflict;
import com.careline.platform.errors.NotFound;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds of the read models, as ops ask for them: a run is a row that any pod's {@link RebuildWorker}
 * takes up. The live tables keep serving until the run swaps its own in.
 */
@ApplicationScoped
public class Rebuild {

    private final RebuildRuns runs;
    private final Topics topics;

    Rebuild(RebuildRuns runs, Topics topics) {
        this.runs = runs;
        this.topics = topics;
    }

    /** Refused while one runs, and when the topics no longer hold the history a rebuild would need. */
    public RebuildRun start(String by) {
        List<String> gone = topics.gone();
        if (!gone.isEmpty()) {
            throw new Conflict("the topics no longer hold the whole history, so a rebuild would lose the events "
                    + "retention deleted: " + String.join(", ", gone));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            runs.running().ifPresent(r -> {
                throw new Conflict("rebuild " + r.id() + " is running since " + r.requestedAt()
                        + "; cancel it or wait for it to finish");
            });
            return runs.insert(by);
        });
    }

    /** The running run is stopped and its tables dropped; the live ones stay. */
    public RebuildRun cancel(String by) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RebuildRun r = runs.running().orElseThrow(() -> new Conflict("no rebuild is running"));
            runs.finish(r.id(), RebuildRun.Status.CANCELLED, "cancelled by " + by);
            return runs.get(r.id());
        });
    }

    public RebuildRun latest() {
        return QuarkusTransaction.requiringNew().call(
                () -> runs.latest().orElseThrow(() -> new NotFound("rebuild", "of the read models")));
    }
}
