package io.autoshop.core.rest.internal.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.security.Authenticated;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.CallerContext;
import io.autoshop.api.security.PublicEndpoint;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.api.security.UserRole;
import io.autoshop.core.rest.internal.SecurityFilter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import org.junit.jupiter.api.Test;

/**
 * The decisions of the security filter, through the real Jersey application in memory.
 */
class SecurityFilterTest {

    /** The caller each resource method saw bound to its thread. */
    static final AtomicReference<String> SEEN = new AtomicReference<>();

    @Path("/probe")
    @Produces("application/json")
    public static final class ProbeResource {

        @GET
        @Path("/public")
        @PublicEndpoint
        public String open() {
            SEEN.set(CallerContext.actor());
            return "\"open\"";
        }

        @GET
        @Path("/any")
        @Authenticated
        public String any() {
            SEEN.set(CallerContext.actor());
            return "\"any\"";
        }

        @GET
        @Path("/orders")
        @RequiresPermission({ "orders.read", "orders.read-assigned" })
        public String orders() {
            SEEN.set(CallerContext.actor());
            return "\"orders\"";
        }

        @GET
        @Path("/undeclared")
        public String undeclared() {
            SEEN.set(CallerContext.actor());
            return "\"leaked\"";
        }

        @GET
        @Path("/failing")
        @Authenticated
        public String failing() {
            throw new IllegalStateException("boom");
        }
    }

    private final Caller technician = new Caller(7, "tech", UserRole.TECHNICIAN, 3L,
            Set.of("orders.read-assigned"));
    private final Caller cashier = new Caller(8, "cash", UserRole.CASHIER, null, Set.of("orders.settle"));
    private final Caller owner = InMemoryApi.owner();
    private final InMemoryApi api = new InMemoryApi(new InMemoryApi.Tokens(Map.of("tech-token", technician,
            "cash-token", cashier, "owner-token", owner)), new ProbeResource());

    @Test
    void publicEndpointNeedsNoToken() {
        SEEN.set(null);

        InMemoryApi.Reply reply = api.withToken(null).get("probe/public");

        assertEquals(200, reply.status());
        assertEquals("system", SEEN.get());
    }

    @Test
    void missingTokenIsUnauthorized() {
        InMemoryApi.Reply reply = api.withToken(null).get("probe/any");

        assertEquals(401, reply.status());
        assertTrue(reply.wwwAuthenticate().startsWith("Bearer"), reply.wwwAuthenticate());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(401, reply.json().get("status").asInt());
    }

    @Test
    void unknownTokenIsUnauthorized() {
        InMemoryApi.Reply reply = api.withToken("stolen").get("probe/any");

        assertEquals(401, reply.status());
        assertTrue(reply.json().get("detail").asText().contains("log in again"));
    }

    @Test
    void callerIsBoundDuringTheRequestOnly() {
        SEEN.set(null);

        InMemoryApi.Reply reply = api.withToken("tech-token").get("probe/orders");

        assertEquals(200, reply.status());
        assertEquals("tech", SEEN.get());
        assertTrue(CallerContext.current().isEmpty());
    }

    @Test
    void missingPermissionIsForbidden() {
        SEEN.set(null);

        InMemoryApi.Reply reply = api.withToken("cash-token").get("probe/orders");

        assertEquals(403, reply.status());
        assertTrue(reply.json().get("detail").asText().contains("orders.read"));
        assertNull(SEEN.get());
    }

    @Test
    void undeclaredMethodIsForbiddenForOwner() {
        SEEN.set(null);

        InMemoryApi.Reply reply = api.withToken("owner-token").get("probe/undeclared");

        assertEquals(403, reply.status());
        assertFalse(reply.body().contains("leaked"));
        assertNull(SEEN.get());
    }

    @Test
    void undeclaredMethodWithoutTokenIsUnauthorized() {
        assertEquals(401, api.withToken(null).get("probe/undeclared").status());
    }

    @Test
    void missingSecurityServiceGivesServiceUnavailable() {
        InMemoryApi withoutSecurity = new InMemoryApi((io.autoshop.core.security.Authenticator) null,
                new ProbeResource());

        assertEquals(503, withoutSecurity.get("probe/any").status());
        assertEquals(503, withoutSecurity.get("probe/undeclared").status());
        assertEquals(200, withoutSecurity.get("probe/public").status());
    }

    @Test
    void failingResourceStillUnbindsTheCaller() {
        InMemoryApi.Reply reply = api.withToken("tech-token").get("probe/failing");

        assertEquals(500, reply.status());
        assertTrue(CallerContext.current().isEmpty());
    }

    @Test
    void bearerTokenIsParsedFromTheHeader() {
        assertEquals("abc", SecurityFilter.bearerToken("Bearer abc"));
        assertEquals("abc", SecurityFilter.bearerToken("bearer   abc "));
        assertNull(SecurityFilter.bearerToken("Basic YWxhZGRpbjpvcGVuc2VzYW1l"));
        assertNull(SecurityFilter.bearerToken("Bearer "));
        assertNull(SecurityFilter.bearerToken("Bearer"));
        assertNull(SecurityFilter.bearerToken(null));
    }
}
