package io.autoshop.api.staff;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Employees of the shop.
 */
@ProviderType
public interface EmployeeService {

    Employee createEmployee(EmployeeInput input);

    Employee getEmployee(long id);

    Optional<Employee> findEmployee(long id);

    Page<Employee> listEmployees(EmployeeRole role, PageRequest page);
}
