/**
 * Services of the work-order bundle that other core bundles use but partner plugins do not: the import of
 * historical orders from a legacy system. Not part of the plugin API.
 */
@Version("1.0.0")
package io.autoshop.core.workorder;

import org.osgi.annotation.versioning.Version;
