/**
 * Customers and their vehicles.
 */
@Version("1.0.0")
package io.autoshop.api.customer;

import org.osgi.annotation.versioning.Version;
