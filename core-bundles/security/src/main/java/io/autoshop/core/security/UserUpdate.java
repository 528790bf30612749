package io.autoshop.core.security;

import io.autoshop.api.security.UserRole;

/**
 * Changes to a user account; a {@code null} field keeps its value.
 *
 * @param role the new role; changing it revokes the user's tokens
 * @param password a new password (a reset by an administrator); revokes the user's tokens
 * @param disabled {@code true} to refuse logins and revoke the user's tokens, {@code false} to allow logins again
 * @param employeeId the linked employee record
 */
public record UserUpdate(UserRole role, String password, Boolean disabled, Long employeeId) {
}
