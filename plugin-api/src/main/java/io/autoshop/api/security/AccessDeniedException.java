package io.autoshop.api.security;

import io.autoshop.api.AutoShopException;

/**
 * The caller is logged in but lacks the permission for the request. The REST application returns 403.
 * For objects the caller may not even know about, throw {@link io.autoshop.api.NotFoundException} instead.
 */
public class AccessDeniedException extends AutoShopException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
