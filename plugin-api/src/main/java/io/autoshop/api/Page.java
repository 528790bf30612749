package io.autoshop.api;

import java.util.List;

/**
 * One page of a longer result list.
 *
 * @param items the entries of this page
 * @param total the number of entries matching the query, over all pages
 * @param limit the maximum page size that was requested
 * @param offset the index of the first entry of this page
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }
}
