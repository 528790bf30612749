package io.autoshop.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.security.Authenticated;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.PublicEndpoint;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.api.security.UserRole;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessRuleTest {

    @RequiresPermission("class.permission")
    static class Annotated {
        public void inherits() {
        }

        @RequiresPermission({ "a", "b" })
        public void own() {
        }

        @PublicEndpoint
        public void open() {
        }

        @Authenticated
        public void anyUser() {
        }

        @PublicEndpoint
        @RequiresPermission("a")
        public void contradictory() {
        }

        @RequiresPermission({})
        public void empty() {
        }
    }

    static class Bare {
        public void nothing() {
        }

        @Authenticated
        @PublicEndpoint
        public void both() {
        }
    }

    @PublicEndpoint
    static class PublicClass {
        @RequiresPermission("a")
        public void guarded() {
        }

        public void open() {
        }
    }

    private final Caller holdsA = new Caller(1, "alice", UserRole.ADVISOR, null, Set.of("a"));
    private final Caller holdsNothing = new Caller(2, "bob", null, null, Set.of());

    @Test
    void methodWithoutAnnotationTakesClassRule() throws Exception {
        AccessRule rule = rule(Annotated.class, "inherits");

        assertEquals(AccessRule.Access.PERMISSION, rule.access());
        assertEquals(List.of("class.permission"), rule.permissions());
    }

    @Test
    void methodAnnotationOverridesClass() throws Exception {
        assertEquals(List.of("a", "b"), rule(Annotated.class, "own").permissions());
        assertTrue(rule(Annotated.class, "open").isPublic());
        assertEquals(AccessRule.Access.AUTHENTICATED, rule(Annotated.class, "anyUser").access());
        assertEquals(AccessRule.Access.PERMISSION, rule(PublicClass.class, "guarded").access());
        assertTrue(rule(PublicClass.class, "open").isPublic());
    }

    @Test
    void undeclaredMethodIsRefusedForEveryone() throws Exception {
        AccessRule rule = rule(Bare.class, "nothing");
        Caller owner = new Caller(3, "owner", UserRole.OWNER, null, Set.of("a", "b", "class.permission"));

        assertEquals(AccessRule.Access.UNDECLARED, rule.access());
        assertFalse(rule.allows(owner));
        assertFalse(rule.isPublic());
    }

    @Test
    void missingMethodIsUndeclared() {
        assertEquals(AccessRule.UNDECLARED, AccessRule.of(null, null));
        assertEquals(AccessRule.UNDECLARED, AccessRule.of(null, Bare.class));
    }

    @Test
    void stricterAnnotationWinsOnOneElement() throws Exception {
        assertEquals(AccessRule.Access.PERMISSION, rule(Annotated.class, "contradictory").access());
        assertEquals(AccessRule.Access.AUTHENTICATED, rule(Bare.class, "both").access());
    }

    @Test
    void anyNamedPermissionLetsIn() throws Exception {
        AccessRule rule = rule(Annotated.class, "own");

        assertTrue(rule.allows(holdsA));
        assertFalse(rule.allows(holdsNothing));
    }

    @Test
    void emptyPermissionListLetsNobodyIn() throws Exception {
        AccessRule rule = rule(Annotated.class, "empty");

        assertFalse(rule.allows(holdsA));
    }

    @Test
    void authenticatedLetsAnyCallerIn() throws Exception {
        assertTrue(rule(Annotated.class, "anyUser").allows(holdsNothing));
    }

    private static AccessRule rule(Class<?> type, String name) throws NoSuchMethodException {
        Method method = type.getMethod(name);
        return AccessRule.of(method, type);
    }
}
