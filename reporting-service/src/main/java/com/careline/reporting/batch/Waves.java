package com.careline.reporting.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits a batch into waves so that it can be applied with multi-row statements and still in order: wave k
 * holds the k-th item of every key (the row an event changes), in batch order. Within a wave no key comes
 * twice, so one statement per kind of change touches each row once and the statements of a wave commute;
 * the waves run one after the other, so a row sees its changes in the order they came.
 */
public final class Waves {

    private Waves() {
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
