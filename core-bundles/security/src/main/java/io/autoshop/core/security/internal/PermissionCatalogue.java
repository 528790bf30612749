package io.autoshop.core.security.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldErrors;
import io.autoshop.api.security.AuditLog;
import io.autoshop.api.security.PermissionDefinition;
import io.autoshop.api.security.PermissionProvider;
import io.autoshop.api.security.UserRole;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import io.autoshop.core.security.PermissionInfo;
import io.autoshop.core.security.RoleAdministration;
import io.autoshop.core.security.RoleInfo;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The permission catalogue and the grants of each role. It tracks every {@link PermissionProvider} service; a
 * permission seen for the first time in this database is granted to its default roles once, and from then on
 * only the owner's changes count. The owner role always has the whole catalogue.
 *
 * <p>Grants are cached for {@value #CACHE_MILLIS} ms, so that a change made on another node takes effect here
 * within that time.
 */
@Component(service = RoleAdministration.class)
public final class PermissionCatalogue implements RoleAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(PermissionCatalogue.class);
    static final long CACHE_MILLIS = 10_000;

    private final Transactions transactions;
    private final ShopClock clock;
    /** Definitions of each registered provider, in registration order. */
    private final Map<Object, List<PermissionDefinition>> providers = new IdentityHashMap<>();
    private volatile Map<String, PermissionDefinition> catalogue = Map.of();
    private volatile Map<UserRole, Set<String>> grantCache;
    private volatile long grantCacheLoadedAt;
    private volatile AuditLog auditLog;

    @Activate
    public PermissionCatalogue(
            @Reference(target = "(autoshop.persistence.owners=" + SecurityEntities.OWNER + ")")
            Transactions transactions,
            @Reference ShopClock clock) {
        this.transactions = transactions;
        this.clock = clock;
        // The core permissions are added directly, so that they exist before any provider service is tracked.
        addDefinitions(CorePermissions.class, CorePermissions.DEFINITIONS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPermissionProvider(PermissionProvider provider) {
        if (provider instanceof CorePermissions) {
            return;
        }
        List<PermissionDefinition> definitions;
        try {
            definitions = List.copyOf(provider.permissions());
        } catch (RuntimeException e) {
            LOG.error("Permission provider {} failed to list its permissions, ignoring it",
                    provider.getClass().getName(), e);
            return;
        }
        addDefinitions(provider, definitions);
    }

    void removePermissionProvider(PermissionProvider provider) {
        synchronized (providers) {
            if (providers.remove(provider) != null) {
                rebuildCatalogue();
                LOG.info("Permission provider {} removed", provider.getClass().getName());
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAuditLog(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    void unsetAuditLog(AuditLog auditLog) {
        if (this.auditLog == auditLog) {
            this.auditLog = null;
        }
    }

    @Override
    public List<PermissionInfo> permissions() {
        return catalogue.values().stream()
                .map(d -> new PermissionInfo(d.name(), d.description(), sortedRoles(d.defaultRoles())))
                .toList();
    }

    @Override
    public List<RoleInfo> roles() {
        List<RoleInfo> roles = new ArrayList<>();
        for (UserRole role : UserRole.values()) {
            roles.add(new RoleInfo(role, List.copyOf(new TreeSet<>(permissionsOf(role))), role != UserRole.OWNER));
        }
        return roles;
    }

    @Override
    public Set<String> permissionsOf(UserRole role) {
        Map<String, PermissionDefinition> current = catalogue;
        if (role == null) {
            return Set.of();
        }
        if (role == UserRole.OWNER) {
            return current.keySet();
        }
        Set<String> granted = new TreeSet<>(grants().getOrDefault(role, Set.of()));
        granted.retainAll(current.keySet());
        return Set.copyOf(granted);
    }

    @Override
    public RoleInfo setPermissions(UserRole role, List<String> permissions) {
        FieldErrors errors = new FieldErrors();
        errors.require("permissions", permissions);
        errors.throwIfAny();
        Map<String, PermissionDefinition> current = catalogue;
        Set<String> wanted = new TreeSet<>();
        for (int i = 0; i < permissions.size(); i++) {
            String name = permissions.get(i);
            if (name == null || !current.containsKey(name)) {
                errors.add("permissions[" + i + "]", "is not a known permission: '" + name + "'; GET /permissions "
                        + "lists them");
            } else {
                wanted.add(name);
            }
        }
        errors.throwIfAny();
        if (role == UserRole.OWNER) {
            throw new ConflictException("Role OWNER always has every permission and cannot be changed");
        }

        Set<String> before = transactions.required(em -> {
            Set<String> stored = new TreeSet<>();
            for (RoleGrantEntity grant : grantsOf(em, role)) {
                if (!current.containsKey(grant.permission)) {
                    // A grant of a permission whose plugin is not installed now stays for when it comes back.
                    continue;
                }
                stored.add(grant.permission);
                if (!wanted.contains(grant.permission)) {
                    em.remove(grant);
                }
            }
            for (String name : wanted) {
                if (!stored.contains(name)) {
                    insertGrant(em, role, name);
                }
            }
            em.flush();
            record(role, stored, wanted);
            return stored;
        });
        grantCache = null;
        LOG.info("Permissions of role {} changed from {} to {}", role, before, wanted);
        return new RoleInfo(role, List.copyOf(wanted), true);
    }

    private void record(UserRole role, Set<String> before, Set<String> after) {
        AuditLog audit = auditLog;
        if (audit != null) {
            audit.record("role", role.ordinal(), "update-permissions",
                    Map.of("role", role.name(), "permissions", List.copyOf(before)),
                    Map.of("role", role.name(), "permissions", List.copyOf(after)));
        }
    }

    private void addDefinitions(Object provider, List<PermissionDefinition> definitions) {
        synchronized (providers) {
            providers.put(provider, definitions);
            rebuildCatalogue();
        }
        try {
            int granted = transactions.required(em -> grantFirstSeen(em, definitions));
            if (granted > 0) {
                grantCache = null;
                LOG.info("Granted {} new permissions of {} to their default roles", granted, providerName(provider));
            }
        } catch (ConflictException e) {
            LOG.warn("Granting the new permissions of {} failed, another node probably granted them: {}",
                    providerName(provider), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Granting the new permissions of {} to their default roles failed", providerName(provider), e);
        }
    }

    private int grantFirstSeen(EntityManager em, List<PermissionDefinition> definitions) {
        int granted = 0;
        for (PermissionDefinition definition : definitions) {
            if (em.find(PermissionSeenEntity.class, definition.name()) != null) {
                continue;
            }
            PermissionSeenEntity seen = new PermissionSeenEntity();
            seen.name = definition.name();
            seen.firstSeenAt = clock.now().toEpochMilli();
            em.persist(seen);
            for (UserRole role : sortedRoles(definition.defaultRoles())) {
                if (role != UserRole.OWNER) {
                    insertGrant(em, role, definition.name());
                }
            }
            granted++;
        }
        em.flush();
        return granted;
    }

    private void rebuildCatalogue() {
        Map<String, PermissionDefinition> rebuilt = new LinkedHashMap<>();
        for (Map.Entry<Object, List<PermissionDefinition>> entry : providers.entrySet()) {
            for (PermissionDefinition definition : entry.getValue()) {
                PermissionDefinition existing = rebuilt.putIfAbsent(definition.name(), definition);
                if (existing != null && !existing.equals(definition)) {
                    LOG.warn("Permission '{}' of {} is already defined by another provider, keeping the first",
                            definition.name(), providerName(entry.getKey()));
                }
            }
        }
        Map<String, PermissionDefinition> sorted = new LinkedHashMap<>();
        rebuilt.keySet().stream().sorted().forEach(name -> sorted.put(name, rebuilt.get(name)));
        catalogue = sorted;
    }

    private Map<UserRole, Set<String>> grants() {
        Map<UserRole, Set<String>> cached = grantCache;
        long now = System.currentTimeMillis();
        if (cached != null && now - grantCacheLoadedAt < CACHE_MILLIS) {
            return cached;
        }
        Map<UserRole, Set<String>> loaded = transactions.required(em -> {
            Map<UserRole, Set<String>> byRole = new EnumMap<>(UserRole.class);
            for (RoleGrantEntity grant : em.createQuery("SELECT g FROM RoleGrant g", RoleGrantEntity.class)
                    .getResultList()) {
                UserRole role = parseRole(grant.role);
                if (role != null) {
                    byRole.computeIfAbsent(role, key -> new TreeSet<>()).add(grant.permission);
                }
            }
            return byRole;
        });
        grantCache = loaded;
        grantCacheLoadedAt = now;
        return loaded;
    }

    private static List<RoleGrantEntity> grantsOf(EntityManager em, UserRole role) {
        return em.createQuery("SELECT g FROM RoleGrant g WHERE g.role = :role", RoleGrantEntity.class)
                .setParameter("role", role.name()).getResultList();
    }

    private static void insertGrant(EntityManager em, UserRole role, String permission) {
        RoleGrantEntity grant = new RoleGrantEntity();
        grant.role = role.name();
        grant.permission = permission;
        em.persist(grant);
    }

    private static UserRole parseRole(String name) {
        try {
            return UserRole.valueOf(name);
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring grants of unknown role '{}'", name);
            return null;
        }
    }

    private static List<UserRole> sortedRoles(Set<UserRole> roles) {
        return roles.stream().sorted().toList();
    }

    private static String providerName(Object provider) {
        return provider instanceof Class<?> type ? type.getName() : provider.getClass().getName();
    }
}
