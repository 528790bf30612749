package io.autoshop.core.staff.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Row of {@code AS_EMPLOYEE}.
 */
@Entity(name = "Employee")
@Table(name = "AS_EMPLOYEE")
public class EmployeeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "NAME")
    String name;

    @Column(name = "EMPLOYEE_ROLE")
    String role;

    /** Skill names joined by commas. */
    @Column(name = "SKILLS")
    String skills;

    @Column(name = "ACTIVE")
    boolean active;

    @Version
    @Column(name = "VERSION")
    long version;

    @Column(name = "CREATED_AT")
    long createdAt;
}
