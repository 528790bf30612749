package io.autoshop.core.rest.internal;

import io.autoshop.api.security.Authenticated;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.PublicEndpoint;
import io.autoshop.api.security.RequiresPermission;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Access rule of a resource method, as its annotations declare it. Annotations on the method take precedence over
 * those on its class. On one element {@link RequiresPermission} wins over {@link Authenticated}, which wins over
 * {@link PublicEndpoint}, so that a contradictory declaration never opens more than one of its parts.
 *
 * @param access the kind of rule
 * @param permissions for {@link Access#PERMISSION}, the names any one of which lets a caller in
 */
record AccessRule(Access access, List<String> permissions) {

    /** The kinds of rule. */
    enum Access {
        /** Anyone, without a token. */
        PUBLIC,
        /** Any logged-in user. */
        AUTHENTICATED,
        /** A logged-in user holding one of the permissions. */
        PERMISSION,
        /** Nothing declared: rejected for every caller, the owner included. */
        UNDECLARED
    }

    static final AccessRule UNDECLARED = new AccessRule(Access.UNDECLARED, List.of());

    AccessRule {
        permissions = List.copyOf(permissions);
    }

    /**
     * Returns the rule of a resource method. A {@code null} method, which Jersey reports for requests it handles
     * itself, is undeclared.
     */
    static AccessRule of(Method method, Class<?> resourceClass) {
        AccessRule rule = declaredOn(method);
        if (rule == null) {
            rule = declaredOn(resourceClass);
        }
        return rule == null ? UNDECLARED : rule;
    }

    private static AccessRule declaredOn(AnnotatedElement element) {
        if (element == null) {
            return null;
        }
        RequiresPermission required = element.getAnnotation(RequiresPermission.class);
        if (required != null) {
            // An empty list matches no caller, so the rule rejects everyone.
            return new AccessRule(Access.PERMISSION, List.of(required.value()));
        }
        if (element.isAnnotationPresent(Authenticated.class)) {
            return new AccessRule(Access.AUTHENTICATED, List.of());
        }
        if (element.isAnnotationPresent(PublicEndpoint.class)) {
            return new AccessRule(Access.PUBLIC, List.of());
        }
        return null;
    }

    boolean isPublic() {
        return access == Access.PUBLIC;
    }

    /** Returns whether a logged-in caller may call the method. */
    boolean allows(Caller caller) {
        switch (access) {
            case PUBLIC:
            case AUTHENTICATED:
                return true;
            case PERMISSION:
                return caller.hasAny(permissions.toArray(String[]::new));
            default:
                return false;
        }
    }
}
