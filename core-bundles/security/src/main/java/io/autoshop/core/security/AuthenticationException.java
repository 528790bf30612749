package io.autoshop.core.security;

import io.autoshop.api.AutoShopException;

/**
 * A login failed or a request carried no valid token. The REST application returns 401.
 */
public class AuthenticationException extends AutoShopException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
