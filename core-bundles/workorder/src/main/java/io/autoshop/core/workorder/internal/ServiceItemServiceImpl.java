package io.autoshop.core.workorder.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldErrors;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.ValidationException;
import io.autoshop.api.dispatch.ServiceItem;
import io.autoshop.api.dispatch.ServiceItemInput;
import io.autoshop.api.dispatch.ServiceItemService;
import io.autoshop.api.staff.EmployeeService;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the standard service items. Their skills must be in the skill catalogue of the staff service.
 */
@Component(service = ServiceItemService.class)
public final class ServiceItemServiceImpl implements ServiceItemService {

    static final BigDecimal MAX_HOURS = new BigDecimal("1000");

    private static final Logger LOG = LoggerFactory.getLogger(ServiceItemServiceImpl.class);

    private final Transactions transactions;
    private final ShopClock clock;
    private final EmployeeService employees;

    @Activate
    public ServiceItemServiceImpl(
            @Reference(target = "(autoshop.persistence.owners=" + WorkOrderEntities.OWNER + ")")
            Transactions transactions, @Reference ShopClock clock, @Reference EmployeeService employees) {
        this.transactions = transactions;
        this.clock = clock;
        this.employees = employees;
    }

    @Override
    public ServiceItem createServiceItem(ServiceItemInput input) {
        FieldErrors errors = new FieldErrors();
        String name = errors.requireText("name", input.name(), 200);
        BigDecimal standardHours = errors.requirePositive("standardHours", input.standardHours(), 2, MAX_HOURS);
        BigDecimal rate = errors.requireMoney("rate", input.rate());
        List<String> skills = List.of();
        try {
            skills = employees.catalogueSkills("skills", input.skills());
        } catch (ValidationException e) {
            e.errors().forEach(error -> errors.add(error.field(), error.message()));
        }
        errors.throwIfAny();

        ServiceItemEntity entity = new ServiceItemEntity();
        entity.name = name;
        entity.nameKey = name.toUpperCase(Locale.ROOT);
        entity.standardHours = standardHours;
        entity.rate = rate;
        entity.skills = String.join(",", skills);
        entity.createdAt = clock.now().toEpochMilli();
        ServiceItem created = transactions.required(em -> {
            Optional<ServiceItemEntity> existing = em.createQuery(
                    "SELECT i FROM ServiceItem i WHERE i.nameKey = :key", ServiceItemEntity.class)
                    .setParameter("key", entity.nameKey).getResultList().stream().findFirst();
            if (existing.isPresent()) {
                throw new ConflictException("Service item '" + existing.get().name + "' already exists as item "
                        + existing.get().id);
            }
            em.persist(entity);
            em.flush();
            return toServiceItem(entity);
        });
        LOG.info("Created service item {} '{}' ({} h, skills {})", created.id(), created.name(),
                created.standardHours(), created.skills());
        return created;
    }

    @Override
    public ServiceItem getServiceItem(long id) {
        return findServiceItem(id).orElseThrow(() -> NotFoundException.of("Service item", id));
    }

    @Override
    public Optional<ServiceItem> findServiceItem(long id) {
        return transactions.required(em -> Optional.ofNullable(em.find(ServiceItemEntity.class, id))
                .map(this::toServiceItem));
    }

    @Override
    public Page<ServiceItem> listServiceItems(PageRequest page) {
        return transactions.required(em -> {
            List<ServiceItem> items = em.createQuery("SELECT i FROM ServiceItem i ORDER BY i.nameKey, i.id",
                    ServiceItemEntity.class).setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(this::toServiceItem).toList();
            long total = em.createQuery("SELECT COUNT(i) FROM ServiceItem i", Long.class).getSingleResult();
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    /**
     * Returns the skills of the items with the given ids, each once, in the order of first appearance.
     */
    static List<String> skillsOf(EntityManager em, List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> skillsById = new HashMap<>();
        em.createQuery("SELECT i FROM ServiceItem i WHERE i.id IN :ids", ServiceItemEntity.class)
                .setParameter("ids", itemIds).getResultList().forEach(item -> skillsById.put(item.id, item.skills));
        Set<String> skills = new LinkedHashSet<>();
        for (Long itemId : itemIds) {
            skills.addAll(split(skillsById.get(itemId)));
        }
        return List.copyOf(skills);
    }

    private ServiceItem toServiceItem(ServiceItemEntity e) {
        return new ServiceItem(e.id, e.name, e.standardHours, e.rate, split(e.skills), clock.toShopTime(e.createdAt));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }
}
