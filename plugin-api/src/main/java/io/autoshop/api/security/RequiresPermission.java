package io.autoshop.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the permission a JAX-RS resource method needs; on a resource class it applies to every method that
 * declares none itself. With several names the caller needs any one of them, and the service decides the rest
 * (for example which status moves a caller may make).
 *
 * <p>The REST application checks this in one place before a resource method runs: a request without a token gets 401,
 * a caller without the permission 403. A resource method without this annotation, {@link Authenticated} or
 * {@link PublicEndpoint} is rejected for every caller.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {

    /** Permission names, any one of which lets the caller in. */
    String[] value();
}
