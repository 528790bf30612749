/**
 * The security service shared by the core bundles: login and bearer tokens, user accounts, and the permissions of
 * each role. The REST application authenticates every request through {@link io.autoshop.core.security.Authenticator}.
 * Not part of the plugin API.
 */
@Version("1.0.0")
package io.autoshop.core.security;

import org.osgi.annotation.versioning.Version;
