package io.autoshop.api.staff;

import java.util.List;

/**
 * The fields a caller sets when creating an employee.
 */
public record EmployeeInput(String name, EmployeeRole role, List<String> skills) {
}
