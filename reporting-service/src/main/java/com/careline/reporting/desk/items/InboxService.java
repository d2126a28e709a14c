package com.careline.reporting.desk.items;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.errors.Conflict;
import com.careline.platform.errors.NotFound;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.reporting.desk.DeskConfig;
import com.careline.reporting.desk.items.Audience.Viewer;
import com.careline.reporting.desk.items.WorkItem.Kind;
import com.careline.reporting.desk.items.WorkItem.Status;
import com.careline.reporting.desk.live.Notifier;

/** A user's inbox and its acknowledgements. */
@ApplicationScoped
public class InboxService {

    private final WorkItems items;
    private final Notifier notifier;
    private final Clock clock;
    private final long countUpTo;

    InboxService(WorkItems items, Notifier notifier, Clock clock, DeskConfig config) {
        this.items = items;
        this.notifier = notifier;
        this.clock = clock;
        this.countUpTo = config.countUpTo();
    }

    /** Open items (OPEN and ACKNOWLEDGED) unless {@code status} says which. */
    @Transactional
    public Page<WorkItem> inbox(Viewer viewer, Kind kind, Status status, PageRequest page) {
        return items.inbox(viewer, kind, status, clock.instant(), page, countUpTo);
    }

    /**
     * Records who acknowledged the item and when; 404 for an item the user does not see, 409 once it is
     * acknowledged or done. Only the events of the case end an item: its clock's ladder goes on.
     */
    @Transactional
    public WorkItem acknowledge(UUID id, Viewer viewer) {
        Instant now = clock.instant();
        WorkItem item = items.lockVisible(id, viewer, now).orElseThrow(() -> new NotFound("work item", id));
        switch (item.status()) {
            case ACKNOWLEDGED -> throw new Conflict("work item " + id + " was acknowledged by "
                    + item.acknowledgedBy() + " at " + item.acknowledgedAt());
            case DONE -> throw new Conflict("work item " + id + " is done");
            default -> {
            }
        }
        WorkItem acknowledged = items.acknowledge(id, viewer.username(), now);
        notifier.changed(List.of(acknowledged));
        return acknowledged;
    }
}
