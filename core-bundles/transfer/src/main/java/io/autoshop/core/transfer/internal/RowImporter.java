package io.autoshop.core.transfer.internal;

import java.util.List;

/**
 * Imports one data row of a kind through the core services.
 */
interface RowImporter {

    /** The effect of a row on the shop's data. */
    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /**
     * Applies the row: creates the record, updates it when an existing one differs, or leaves it unchanged.
     *
     * @throws RowRejectedException for a row that cannot be imported
     * @throws io.autoshop.api.AutoShopException when a service rejects the row's values
     */
    Outcome apply(RowReader row);

    /**
     * Returns the keys that identify the row's record, such as {@code phone:13800138000}, so that the runner can
     * merge repeated rows of one file; empty when the row lacks them, which {@link #apply} then rejects.
     */
    List<String> keys(RowReader row);
}
