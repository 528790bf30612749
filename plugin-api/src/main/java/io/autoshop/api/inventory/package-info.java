/**
 * Parts, stock batches and stock movements.
 */
@Version("1.0.0")
package io.autoshop.api.inventory;

import org.osgi.annotation.versioning.Version;
