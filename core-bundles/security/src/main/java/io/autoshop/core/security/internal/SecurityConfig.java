package io.autoshop.core.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of {@code etc/io.autoshop.security.cfg}.
 */
@ObjectClassDefinition(name = "AutoShop security", description = "Login tokens, login throttling and password hashing.")
public @interface SecurityConfig {

    @AttributeDefinition(name = "Token lifetime",
            description = "Seconds after login at which a token stops working unless revoked before. 43200 is 12 h.")
    long tokenLifetimeSeconds() default 43_200;

    @AttributeDefinition(name = "Failed logins per username",
            description = "Failed logins for one username within the window after which further attempts are "
                    + "rejected with 429; 0 turns this limit off.")
    int maxFailedLoginsPerUsername() default 5;

    @AttributeDefinition(name = "Failed logins per client address",
            description = "Failed logins from one client address within the window after which further attempts "
                    + "are rejected with 429; 0 turns this limit off.")
    int maxFailedLoginsPerAddress() default 20;

    @AttributeDefinition(name = "Throttle window",
            description = "Seconds for which a failed login counts against its username and client address.")
    long throttleWindowSeconds() default 900;

    @AttributeDefinition(name = "PBKDF2 iterations",
            description = "Iterations of PBKDF2WithHmacSHA256 for new password hashes; stored hashes keep theirs.")
    int passwordIterations() default PasswordHasher.DEFAULT_ITERATIONS;
}
