package com.careline.reporting.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import com.careline.platform.batch.Rows;
import com.careline.platform.events.EventEnvelope;

/**
 * Splits a batch into waves so that it can be applied with multi-row statements and still in order: wave k
 * holds the k-th item of every key (the row an event changes), in batch order. Within a wave no key comes
 * twice, so one statement per kind of change touches each row once and the statements of a wave commute;
 * the waves run one after the other, so a row sees its changes in the order they came.
 */
public final class Waves {

    private Waves() {
    }

    /** What {@code read} makes of each event, in order, less the events that change nothing (null). */
    public static <T> List<T> changes(List<EventEnvelope> events, Function<EventEnvelope, T> read) {
        List<T> changes = new ArrayList<>(events.size());
        for (EventEnvelope event : events) {
            T change = read.apply(event);
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    /**
     * Applies {@code changes} wave by wave ({@link #of}): in each wave, one statement per kind of change, with
     * a row of {@code row} per change; {@code statement} gives the SQL of a kind.
     */
    public static <T> void apply(EntityManager em, List<T> changes, Function<T, ?> key, Function<T, String> kind,
            Function<T, Object[]> row, Function<String, String> statement) {
        for (List<T> wave : of(changes, key)) {
            Map<String, Rows> byKind = new LinkedHashMap<>();
            wave.forEach(c -> byKind.computeIfAbsent(kind.apply(c), k -> new Rows(row.apply(c).length))
                    .add(row.apply(c)));
            byKind.forEach((k, rows) -> rows.execute(em, statement.apply(k)));
        }
    }

    public static <T> List<List<T>> of(List<T> items, Function<T, ?> key) {
        List<List<T>> waves = new ArrayList<>();
        Map<Object, Integer> seen = new HashMap<>();
        for (T item : items) {
            int k = seen.merge(key.apply(item), 1, Integer::sum) - 1;
            if (k == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(k).add(item);
        }
        return waves;
    }
}
