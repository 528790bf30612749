package io.autoshop.core.security.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_PERMISSION_SEEN}.
 */
@Entity(name = "PermissionSeen")
@Table(name = "AS_PERMISSION_SEEN")
public class PermissionSeenEntity {

    @Id
    @Column(name = "NAME")
    String name;

    @Column(name = "FIRST_SEEN_AT")
    long firstSeenAt;
}
