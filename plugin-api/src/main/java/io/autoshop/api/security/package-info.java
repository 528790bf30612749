/**
 * Access control and data protection: user roles, named permissions, the permission a REST resource declares, the
 * caller bound to the current thread, the audit log and the cipher for personal data at rest.
 */
@Version("1.1.0")
package io.autoshop.api.security;

import org.osgi.annotation.versioning.Version;
