package io.autoshop.core.rest.internal;

import io.autoshop.api.security.Caller;
import io.autoshop.core.security.Authenticator;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one access check of the REST application, run before every resource method. It lets methods marked
 * {@link io.autoshop.api.security.PublicEndpoint} through; for every other method it resolves the bearer token
 * to a caller (401 without a valid one), checks the method's {@link AccessRule} (403 when the caller lacks the
 * permission or the method declares none) and binds the caller to the thread for the request. Without the
 * security service every method but the public ones returns 503. The application registers it with the priority
 * {@link javax.ws.rs.Priorities#AUTHENTICATION}, before any other request filter.
 */
public final class SecurityFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityFilter.class);
    private static final String BEARER = "bearer ";
    static final String CHALLENGE = "Bearer realm=\"autoshop\"";

    private final Supplier<Authenticator> authenticator;
    /** Methods already reported as undeclared, so that each is logged once. */
    private final Set<Method> reported = ConcurrentHashMap.newKeySet();

    @Context
    private ResourceInfo resourceInfo;

    public SecurityFilter(Supplier<Authenticator> authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        AccessRule rule = AccessRule.of(method, resourceInfo.getResourceClass());
        if (rule.isPublic()) {
            return;
        }

        Authenticator current = authenticator.get();
        if (current == null) {
            request.abortWith(problem(503, "The security service is not available, retry shortly")
                    .header(HttpHeaders.RETRY_AFTER, "5").build());
            return;
        }
        String token = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            request.abortWith(unauthorized("Log in with POST /api/v1/auth/login and send the token as "
                    + "'Authorization: Bearer <token>'"));
            return;
        }
        Optional<Caller> caller;
        try {
            caller = current.authenticate(token);
        } catch (RuntimeException e) {
            String errorId = UUID.randomUUID().toString();
            LOG.error("Checking a token for {} {} failed with error {}", request.getMethod(), path(request), errorId,
                    e);
            request.abortWith(problem(503, "The token could not be checked, retry shortly (error " + errorId + ")")
                    .build());
            return;
        }
        if (caller.isEmpty()) {
            request.abortWith(unauthorized("The token is invalid, expired or revoked; log in again"));
            return;
        }

        if (rule.access() == AccessRule.Access.UNDECLARED) {
            if (method != null && reported.add(method)) {
                LOG.warn("Refusing {} {}: resource method {}.{} declares no permission", request.getMethod(),
                        path(request), method.getDeclaringClass().getName(), method.getName());
            }
            request.abortWith(problem(403, "This operation declares no permission, so it is rejected for every caller")
                    .build());
            return;
        }
        if (!rule.allows(caller.get())) {
            LOG.debug("Refusing {} {} to user {}: needs one of {}", request.getMethod(), path(request),
                    caller.get().userId(), rule.permissions());
            request.abortWith(problem(403, "This operation needs one of the permissions " + rule.permissions())
                    .build());
            return;
        }
        CallerBinding.bind(caller.get());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CallerBinding.release();
    }

    /**
     * Returns the token of an {@code Authorization: Bearer} header, or {@code null} when there is none.
     */
    public static String bearerToken(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (value.length() <= BEARER.length() || !value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT)
                .equals(BEARER)) {
            return null;
        }
        String token = value.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }

    private static Response unauthorized(String detail) {
        return problem(401, detail).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    private static Response.ResponseBuilder problem(int status, String detail) {
        return Response.status(status).type(MediaTypes.PROBLEM)
                .entity(Problem.of(status, ProblemMapper.title(status), detail));
    }

    private static String path(ContainerRequestContext request) {
        return "/" + request.getUriInfo().getPath();
    }
}
