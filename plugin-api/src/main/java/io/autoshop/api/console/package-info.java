/**
 * The extension point through which a plugin bundle adds a menu entry and its own page to the staff web console.
 */
@Version("1.0.0")
package io.autoshop.api.console;

import org.osgi.annotation.versioning.Version;
