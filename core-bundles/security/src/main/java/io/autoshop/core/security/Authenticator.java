package io.autoshop.core.security;

import io.autoshop.api.security.Caller;
import java.util.Optional;

/**
 * Logs users in and out and resolves bearer tokens to callers.
 */
public interface Authenticator {

    /**
     * Returns the caller a bearer token belongs to, with the permissions its role has now. Empty when the token
     * is unknown, expired or revoked, or its user is disabled.
     */
    Optional<Caller> authenticate(String token);

    /**
     * Checks a username and password and issues a new token.
     *
     * @param clientAddress network address of the client, which login throttling counts failures against
     * @throws AuthenticationException when the username is unknown, the password is wrong or the user is disabled,
     *     all three alike
     * @throws TooManyAttemptsException when too many logins for the username or from the address failed recently
     */
    LoginResult login(String username, String password, String clientAddress);

    /**
     * Revokes a token; an unknown token is ignored.
     */
    void logout(String token);

    /**
     * Returns the account of a caller with the permissions its role holds.
     *
     * @throws io.autoshop.api.NotFoundException when the account no longer exists
     */
    CurrentUser currentUser(Caller caller);

    /**
     * Changes the caller's own password after checking the current one, revokes all tokens of the user and issues
     * a new token.
     *
     * @param clientAddress network address of the client, for login throttling
     * @throws io.autoshop.api.ValidationException when the current password is wrong or the new one is too short
     * @throws TooManyAttemptsException when too many password checks for the user failed recently
     */
    LoginResult changePassword(Caller caller, String currentPassword, String newPassword, String clientAddress);
}
