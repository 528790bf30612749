package io.autoshop.core.security;

import io.autoshop.api.security.UserRole;
import java.time.OffsetDateTime;

/**
 * A user account as administrators see it; the password hash never leaves the security bundle.
 *
 * @param id database id
 * @param username login name, lower case
 * @param role the role, {@code null} for an account without a role
 * @param employeeId the linked employee record, may be {@code null}; a technician must have one
 * @param disabled whether logins are refused
 * @param version optimistic-lock version
 * @param createdAt creation time in shop time
 */
public record UserAccount(long id, String username, UserRole role, Long employeeId, boolean disabled, long version,
        OffsetDateTime createdAt) {
}
