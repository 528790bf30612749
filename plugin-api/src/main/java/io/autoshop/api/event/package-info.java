/**
 * Event Admin topics that the core posts and the property keys of their events.
 */
@Version("1.1.0")
package io.autoshop.api.event;

import org.osgi.annotation.versioning.Version;
