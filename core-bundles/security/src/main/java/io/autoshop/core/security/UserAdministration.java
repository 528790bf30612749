package io.autoshop.core.security;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;

/**
 * Creates, lists and changes user accounts. Every change is written to the audit log when one is installed,
 * without passwords or their hashes.
 */
public interface UserAdministration {

    /**
     * Creates an account.
     *
     * @throws io.autoshop.api.ValidationException on an invalid username, a short password, or a technician
     *     without an existing employee record
     * @throws io.autoshop.api.ConflictException when the username is taken
     */
    UserAccount createUser(UserInput input);

    /** Returns accounts ordered by id. */
    Page<UserAccount> listUsers(PageRequest page);

    /**
     * Returns one account.
     *
     * @throws io.autoshop.api.NotFoundException when there is no such account
     */
    UserAccount getUser(long id);

    /**
     * Changes an account.
     *
     * @param expectedVersion the version the client saw, or {@code null} to skip the check
     * @throws io.autoshop.api.StaleVersionException when the account changed since
     */
    UserAccount updateUser(long id, UserUpdate update, Long expectedVersion);
}
