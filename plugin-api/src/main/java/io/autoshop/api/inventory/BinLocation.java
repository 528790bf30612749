package io.autoshop.api.inventory;

import java.util.ArrayList;
import java.util.List;

/**
 * A part's storage place by warehouse, shelf and bin. Each segment is optional, but they fill from the left: a
 * shelf is only given with its warehouse and a bin only with its shelf.
 *
 * @param warehouse the storeroom, for example 主库
 * @param shelf the shelf or rack inside the warehouse, for example A3
 * @param bin the bin or slot on the shelf, for example 02
 */
public record BinLocation(String warehouse, String shelf, String bin) {

    /** Separator of the segments in {@link #label()}. */
    public static final String SEPARATOR = "/";

    /**
     * Returns the location as one text, the given segments joined by {@value #SEPARATOR}, for example
     * {@code 主库/A3/02}.
     */
    public String label() {
        List<String> segments = new ArrayList<>();
        for (String segment : new String[] {warehouse, shelf, bin}) {
            if (segment != null) {
                segments.add(segment);
            }
        }
        return String.join(SEPARATOR, segments);
    }
}
