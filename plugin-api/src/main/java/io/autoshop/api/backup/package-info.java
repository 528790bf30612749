/**
 * Backups of the shop database: taking them while the shop works, listing them and restoring one.
 */
@Version("1.0.0")
package io.autoshop.api.backup;

import org.osgi.annotation.versioning.Version;
