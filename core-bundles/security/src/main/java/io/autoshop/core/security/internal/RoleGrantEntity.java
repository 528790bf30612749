package io.autoshop.core.security.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_ROLE_GRANT}.
 */
@Entity(name = "RoleGrant")
@Table(name = "AS_ROLE_GRANT")
public class RoleGrantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "ROLE_NAME")
    String role;

    @Column(name = "PERMISSION")
    String permission;
}
