/**
 * Parts, stock batches and movements, suppliers and purchase orders, reorder suggestions, stock counts,
 * batch traceability and stock valuation.
 */
@Version("1.1.0")
package io.autoshop.api.inventory;

import org.osgi.annotation.versioning.Version;
