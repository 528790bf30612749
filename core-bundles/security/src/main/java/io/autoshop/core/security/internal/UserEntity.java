package io.autoshop.core.security.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Row of {@code AS_USER}.
 */
@Entity(name = "UserAccount")
@Table(name = "AS_USER")
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "USERNAME")
    String username;

    @Column(name = "PASSWORD_HASH")
    String passwordHash;

    @Column(name = "PASSWORD_SALT")
    String passwordSalt;

    @Column(name = "PASSWORD_ITERATIONS")
    int passwordIterations;

    @Column(name = "USER_ROLE")
    String role;

    @Column(name = "EMPLOYEE_ID")
    Long employeeId;

    @Column(name = "DISABLED")
    boolean disabled;

    @Version
    @Column(name = "VERSION")
    long version;

    @Column(name = "CREATED_AT")
    long createdAt;

    void setPassword(PasswordHash hash) {
        passwordHash = hash.hash();
        passwordSalt = hash.salt();
        passwordIterations = hash.iterations();
    }

    PasswordHash password() {
        return new PasswordHash(passwordHash, passwordSalt, passwordIterations);
    }
}
