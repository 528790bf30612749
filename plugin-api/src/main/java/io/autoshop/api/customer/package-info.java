/**
 * Customers and their vehicles.
 */
@Version("1.1.0")
package io.autoshop.api.customer;

import org.osgi.annotation.versioning.Version;
