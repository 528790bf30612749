/**
 * Types shared by every AutoShop service: pages of results, field errors and the domain exceptions
 * that the REST layer maps to problem responses.
 */
@Version("1.0.0")
package io.autoshop.api;

import org.osgi.annotation.versioning.Version;
