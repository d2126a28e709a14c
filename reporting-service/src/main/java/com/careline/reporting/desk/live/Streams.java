package com.careline.reporting.desk.live;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.reporting.desk.items.Audience;
import com.careline.reporting.desk.items.Audience.Viewer;
import com.careline.reporting.desk.items.WorkItem;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/** The desks streaming from this pod, and the fan-out of an item to those it is for. */
@ApplicationScoped
public class Streams {

    private record Desk(Viewer viewer, MultiEmitter<? super WorkItem> emitter) {
    }

    private final Map<UUID, Desk> open = new ConcurrentHashMap<>();
    private final Audience audience;
    private final Clock clock;

    Streams(Audience audience, Clock clock, MeterRegistry metrics) {
        this.audience = audience;
        this.clock = clock;
        Gauge.builder("careline_desk_streams", open, Map::size)
                .description("Desk streams open on this pod").register(metrics);
    }

    /** The stream of {@code viewer}'s items from now on; it ends when the desk goes away. */
    public Multi<WorkItem> open(Viewer viewer) {
        return Multi.createFrom().emitter(emitter -> {
            UUID id = UUID.randomUUID();
            open.put(id, new Desk(viewer, emitter));
            emitter.onTermination(() -> open.remove(id));
        });
    }

    /** Hands {@code item} to every desk here whose user sees it. */
    void publish(WorkItem item) {
        open.values().forEach(d -> {
            if (audience.sees(d.viewer(), item, clock.instant())) {
                d.emitter().emit(item);
            }
        });
    }

    /** How many desks stream from this pod. */
    public int size() {
        return open.size();
    }
}
