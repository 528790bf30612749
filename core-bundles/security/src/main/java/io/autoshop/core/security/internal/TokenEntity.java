package io.autoshop.core.security.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_AUTH_TOKEN}.
 */
@Entity(name = "AuthToken")
@Table(name = "AS_AUTH_TOKEN")
public class TokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    /** Hex SHA-256 of the token. */
    @Column(name = "TOKEN_HASH")
    String tokenHash;

    @Column(name = "USER_ID")
    long userId;

    @Column(name = "CREATED_AT")
    long createdAt;

    @Column(name = "EXPIRES_AT")
    long expiresAt;
}
