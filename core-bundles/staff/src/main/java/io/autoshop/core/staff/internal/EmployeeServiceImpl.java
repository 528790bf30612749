package io.autoshop.core.staff.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldErrors;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.security.AuditLog;
import io.autoshop.api.staff.Employee;
import io.autoshop.api.staff.EmployeeInput;
import io.autoshop.api.staff.EmployeeRole;
import io.autoshop.api.staff.EmployeeService;
import io.autoshop.api.staff.Skill;
import io.autoshop.api.staff.SkillInput;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the shop's employees and the skill catalogue. An employee's skills must be catalogue entries. On
 * activation the catalogue gets the default skills when it is empty and every skill that an employee already
 * has, so that skills stored before the catalogue existed stay valid.
 */
@Component(service = EmployeeService.class)
public final class EmployeeServiceImpl implements EmployeeService {

    private static final Logger LOG = LoggerFactory.getLogger(EmployeeServiceImpl.class);

    private final Transactions transactions;
    private final ShopClock clock;
    private final AuditLog audit;

    @Activate
    public EmployeeServiceImpl(
            @Reference(target = "(autoshop.persistence.owners=" + StaffEntities.OWNER + ")") Transactions transactions,
            @Reference ShopClock clock, @Reference AuditLog audit) {
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        fillCatalogue();
    }

    @Override
    public Employee createEmployee(EmployeeInput input) {
        FieldErrors errors = new FieldErrors();
        String name = errors.requireText("name", input.name(), 100);
        EmployeeRole role = errors.require("role", input.role());
        List<String> skills = matchSkills(errors, "skills", input.skills());
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
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("name", entity.name);
            after.put("role", entity.role);
            after.put("skills", SkillNames.split(entity.skills));
            after.put("active", entity.active);
            audit.record("employee", entity.id, "create", Map.of(), after);
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

    @Override
    public Skill createSkill(SkillInput input) {
        FieldErrors errors = new FieldErrors();
        String name = SkillNames.check(errors, "name", input.name());
        errors.throwIfAny();

        Skill created = transactions.required(em -> {
            Optional<SkillEntity> existing = findSkill(em, SkillNames.key(name));
            if (existing.isPresent()) {
                throw new ConflictException("Skill '" + existing.get().name + "' already exists as skill "
                        + existing.get().id);
            }
            return toSkill(insertSkill(em, name));
        });
        LOG.info("Created skill {} '{}'", created.id(), created.name());
        return created;
    }

    @Override
    public List<Skill> listSkills() {
        return transactions.required(em -> em.createQuery("SELECT s FROM Skill s ORDER BY s.nameKey", SkillEntity.class)
                .getResultList().stream().map(this::toSkill).toList());
    }

    @Override
    public List<String> catalogueSkills(String field, List<String> names) {
        FieldErrors errors = new FieldErrors();
        List<String> matched = matchSkills(errors, field, names);
        errors.throwIfAny();
        return matched;
    }

    private List<String> matchSkills(FieldErrors errors, String field, List<String> names) {
        if (names == null || names.isEmpty()) {
            return List.of();
        }
        Map<String, String> catalogue = new LinkedHashMap<>();
        listSkills().forEach(skill -> catalogue.put(SkillNames.key(skill.name()), skill.name()));
        return SkillNames.match(errors, field, names, catalogue);
    }

    /**
     * Adds the default skills to an empty catalogue and every skill that an employee has but the catalogue
     * lacks. When another node fills the catalogue at the same time, this transaction fails on the unique name and
     * only logs the failure, because the other node's rows serve as well.
     */
    private void fillCatalogue() {
        try {
            int added = transactions.required(em -> {
                Set<String> keys = new LinkedHashSet<>(em.createQuery("SELECT s.nameKey FROM Skill s", String.class)
                        .getResultList());
                Set<String> candidates = new LinkedHashSet<>();
                if (keys.isEmpty()) {
                    candidates.addAll(SkillNames.DEFAULTS);
                }
                for (String joined : em.createQuery("SELECT e.skills FROM Employee e ORDER BY e.id", String.class)
                        .getResultList()) {
                    candidates.addAll(SkillNames.split(joined));
                }
                int count = 0;
                for (String name : candidates) {
                    if (keys.add(SkillNames.key(name))) {
                        insertSkill(em, name.strip());
                        count++;
                    }
                }
                return count;
            });
            if (added > 0) {
                LOG.info("Added {} skills to the skill catalogue", added);
            }
        } catch (ConflictException e) {
            LOG.warn("Filling the skill catalogue failed, another node probably filled it: {}", e.getMessage());
        }
    }

    private SkillEntity insertSkill(EntityManager em, String name) {
        SkillEntity skill = new SkillEntity();
        skill.name = name;
        skill.nameKey = SkillNames.key(name);
        skill.createdAt = clock.now().toEpochMilli();
        em.persist(skill);
        em.flush();
        return skill;
    }

    private static Optional<SkillEntity> findSkill(EntityManager em, String key) {
        return em.createQuery("SELECT s FROM Skill s WHERE s.nameKey = :key", SkillEntity.class)
                .setParameter("key", key).getResultList().stream().findFirst();
    }

    private Skill toSkill(SkillEntity s) {
        return new Skill(s.id, s.name, clock.toShopTime(s.createdAt));
    }

    private Employee toEmployee(EmployeeEntity e) {
        return new Employee(e.id, e.name, EmployeeRole.valueOf(e.role), SkillNames.split(e.skills), e.active,
                clock.toShopTime(e.createdAt));
    }
}
