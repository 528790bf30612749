package io.autoshop.core.security;

import io.autoshop.api.security.UserRole;

/**
 * A new user account.
 *
 * @param username login name: 3 to 40 letters, digits, dots, dashes or underscores, stored in lower case
 * @param password at least 8 characters
 * @param role the role, may be {@code null} for an account that may only log in and read itself
 * @param employeeId the linked employee record, required for {@link UserRole#TECHNICIAN}
 */
public record UserInput(String username, String password, UserRole role, Long employeeId) {
}
