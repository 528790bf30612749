package io.autoshop.core.staff.internal;

import io.autoshop.api.FieldErrors;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.staff.Employee;
import io.autoshop.api.staff.EmployeeInput;
import io.autoshop.api.staff.EmployeeRole;
import io.autoshop.api.staff.EmployeeService;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the shop's employees.
 */
@Component(service = EmployeeService.class)
public final class EmployeeServiceImpl implements EmployeeService {

    private static final Logger LOG = LoggerFactory.getLogger(EmployeeServiceImpl.class);
    private static final int MAX_SKILLS = 30;
    private static final int MAX_SKILL_LENGTH = 30;

    private final Transactions transactions;
    private final ShopClock clock;

    @Activate
    public EmployeeServiceImpl(
            @Reference(target = "(autoshop.persistence.owners=" + StaffEntities.OWNER + ")") Transactions transactions,
            @Reference ShopClock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Employee createEmployee(EmployeeInput input) {
        FieldErrors errors = new FieldErrors();
        String name = errors.requireText("name", input.name(), 100);
        EmployeeRole role = errors.require("role", input.role());
        Set<String> skills = checkSkills(errors, input.skills());
        errors.throwIfAny();

        EmployeeEntity entity = new EmployeeEntity();
        entity.name = name;
        entity.role = role.name();
        entity.skills = String.join(",", skills);
        entity.active = true;
        entity.createdAt = clock.now().toEpochMilli();
        Employee created = transactions.required(em -> {
            em.persist(entity);
            em.flush();
            return toEmployee(entity);
        });
        LOG.info("Created employee {} with role {}", created.id(), created.role());
        return created;
    }

    @Override
    public Employee getEmployee(long id) {
        return findEmployee(id).orElseThrow(() -> NotFoundException.of("Employee", id));
    }

    @Override
    public Optional<Employee> findEmployee(long id) {
        return transactions.required(em -> Optional.ofNullable(em.find(EmployeeEntity.class, id)).map(this::toEmployee));
    }

    @Override
    public Page<Employee> listEmployees(EmployeeRole role, PageRequest page) {
        String where = role == null ? "" : " WHERE e.role = :role";
        return transactions.required(em -> {
            TypedQuery<EmployeeEntity> select = em.createQuery("SELECT e FROM Employee e" + where + " ORDER BY e.id",
                    EmployeeEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM Employee e" + where, Long.class);
            if (role != null) {
                select.setParameter("role", role.name());
                count.setParameter("role", role.name());
            }
            List<Employee> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(this::toEmployee).toList();
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    private static Set<String> checkSkills(FieldErrors errors, List<String> skills) {
        Set<String> result = new LinkedHashSet<>();
        if (skills == null) {
            return result;
        }
        for (String skill : skills) {
            if (skill == null || skill.isBlank()) {
                errors.add("skills", "must not contain blank entries");
            } else if (skill.contains(",")) {
                errors.add("skills", "skill '" + skill + "' must not contain a comma");
            } else if (skill.strip().length() > MAX_SKILL_LENGTH) {
                errors.add("skills", "skill '" + skill + "' is longer than " + MAX_SKILL_LENGTH + " characters");
            } else {
                result.add(skill.strip());
            }
        }
        if (result.size() > MAX_SKILLS) {
            errors.add("skills", "must have at most " + MAX_SKILLS + " entries");
        }
        return result;
    }

    private Employee toEmployee(EmployeeEntity e) {
        List<String> skills = e.skills.isEmpty() ? List.of() : Arrays.asList(e.skills.split(","));
        return new Employee(e.id, e.name, EmployeeRole.valueOf(e.role), skills, e.active,
                clock.toShopTime(e.createdAt));
    }
}
