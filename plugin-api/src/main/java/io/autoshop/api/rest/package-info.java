/**
 * The extension point through which a bundle contributes JAX-RS resources under {@code /api/v1}.
 */
@Version("1.0.0")
package io.autoshop.api.rest;

import org.osgi.annotation.versioning.Version;
