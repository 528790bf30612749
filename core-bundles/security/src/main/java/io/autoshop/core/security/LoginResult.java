package io.autoshop.core.security;

import java.time.OffsetDateTime;

/**
 * A successful login.
 *
 * @param token the bearer token, 32 random bytes in unpadded base64url; the server stores only its SHA-256
 * @param expiresAt when the token stops working unless revoked before
 * @param user the logged-in user with role and permissions
 */
public record LoginResult(String token, OffsetDateTime expiresAt, CurrentUser user) {
}
