package io.autoshop.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.security.PermissionDefinition;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.UserRole;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorePermissionsTest {

    private final Map<String, PermissionDefinition> definitions = new CorePermissions().permissions().stream()
            .collect(Collectors.toMap(PermissionDefinition::name, d -> d));

    @Test
    void publishesEveryConstant() throws Exception {
        Set<String> constants = new TreeSet<>();
        for (Field field : Permissions.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }

        assertEquals(constants, new TreeSet<>(definitions.keySet()));
        assertEquals(constants.size(), CorePermissions.DEFINITIONS.size());
    }

    @Test
    void everyDefinitionHasADescription() {
        definitions.values().forEach(d -> assertFalse(d.description().isBlank(), d.name()));
    }

    @Test
    void defaultGrantsMatchTheRoleTable() {
        assertEquals(granted(UserRole.ADVISOR), Set.of("customers.read", "customers.write", "vehicles.read",
                "vehicles.write", "orders.read", "orders.create", "orders.update", "orders.diagnose", "orders.labor",
                "orders.parts", "orders.transition", "orders.finish-repair", "orders.settle", "dispatch",
                "parts.read", "staff.read", "notices.read", "plugins.read"));
        assertEquals(granted(UserRole.TECHNICIAN), Set.of("orders.read-assigned", "orders.diagnose", "orders.labor",
                "orders.parts", "orders.finish-repair", "tasks.own", "parts.read"));
        assertEquals(granted(UserRole.PARTS_CLERK), Set.of("parts.read", "parts.write", "stock.receive",
                "stock.cost", "stock.count", "purchasing", "orders.parts"));
        assertEquals(granted(UserRole.CASHIER), Set.of("orders.read", "orders.settle"));
    }

    @Test
    void ownerOnlyPermissionsHaveNoDefaultRoles() {
        for (String name : Set.of("users.admin", "roles.admin", "audit.read", "backups", "imports", "exports",
                "batches.trace", "staff.write")) {
            assertTrue(definitions.get(name).defaultRoles().isEmpty(), name);
        }
    }

    private Set<String> granted(UserRole role) {
        return definitions.values().stream().filter(d -> d.defaultRoles().contains(role))
                .map(PermissionDefinition::name).collect(Collectors.toSet());
    }
}
