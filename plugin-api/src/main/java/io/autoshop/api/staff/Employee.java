package io.autoshop.api.staff;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An employee of the shop.
 *
 * @param id database id
 * @param name full name
 * @param role what the employee does
 * @param skills skill names, for example 发动机 or 新能源高压
 * @param active whether the employee still works in the shop
 * @param createdAt creation time in shop time
 */
public record Employee(long id, String name, EmployeeRole role, List<String> skills, boolean active,
        OffsetDateTime createdAt) {

    public Employee {
        skills = List.copyOf(skills);
    }
}
