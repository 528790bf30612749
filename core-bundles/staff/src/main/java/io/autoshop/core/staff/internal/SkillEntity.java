package io.autoshop.core.staff.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code AS_SKILL}.
 */
@Entity(name = "Skill")
@Table(name = "AS_SKILL")
public class SkillEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "NAME")
    String name;

    /** The upper-case name, unique. */
    @Column(name = "NAME_KEY")
    String nameKey;

    @Column(name = "CREATED_AT")
    long createdAt;
}
