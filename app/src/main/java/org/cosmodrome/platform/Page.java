package org.cosmodrome.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing.
 *
 * @param items the records of this page, in the listing's order
 * @param page zero-based page number
 * @param size the requested page size
 * @param totalItems how many records match the filters over all pages
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageQuery query, long totalItems) {
        return new Page<>(items, query.page(), query.size(), totalItems);
    }

    public long totalPages() {
        return totalItems == 0 ? 0 : (totalItems + size - 1) / size;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
