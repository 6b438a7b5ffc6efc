package org.edgarbatch.admin;

import java.util.List;
import java.util.function.Function;

/** One page of a list: where it starts, how long it may be, how many there are in all, and its items. */
public record Page<T>(int offset, int limit, long total, List<T> items) {

    public <R> Page<R> map(Function<T, R> view) {
        return new Page<>(offset, limit, total, items.stream().map(view).toList());
    }
}
