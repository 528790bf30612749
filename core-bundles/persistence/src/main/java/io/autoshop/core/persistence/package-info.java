/**
 * The persistence service shared by the core bundles: entity contribution, schema migrations and
 * thread-bound transactions over one EclipseLink persistence unit. Not part of the plugin API.
 */
@Version("1.0.0")
package io.autoshop.core.persistence;

import org.osgi.annotation.versioning.Version;
