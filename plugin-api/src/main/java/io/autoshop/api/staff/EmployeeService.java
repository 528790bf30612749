package io.autoshop.api.staff;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Employees of the shop and the catalogue of skills they may have.
 */
@ProviderType
public interface EmployeeService {

    Employee createEmployee(EmployeeInput input);

    Employee getEmployee(long id);

    Optional<Employee> findEmployee(long id);

    Page<Employee> listEmployees(EmployeeRole role, PageRequest page);

    /**
     * Adds a skill to the catalogue; a name that differs from an existing one only in case is a conflict.
     *
     * @since 1.1
     */
    Skill createSkill(SkillInput input);

    /**
     * Returns the whole skill catalogue ordered by name.
     *
     * @since 1.1
     */
    List<Skill> listSkills();

    /**
     * Returns the catalogue spelling of each given skill name, matched ignoring case, in the given order
     * without duplicates.
     *
     * @param field the request field named in the errors, for example {@code skills}
     * @throws io.autoshop.api.ValidationException when a name is blank or not in the catalogue
     * @since 1.1
     */
    List<String> catalogueSkills(String field, List<String> names);
}
