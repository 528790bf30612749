package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoshop.api.rest.RestExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Login, tokens, throttling, users, roles and the central access check, over HTTP against a real Karaf.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT extends AutoShopTestSupport {

    private static final String SECURITY_PID = "io.autoshop.security";

    @Inject
    BundleContext bundleContext;

    @Inject
    ConfigurationAdmin configurationAdmin;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    /** A resource whose method declares no permission. */
    @Path("/itest-undeclared")
    @Produces("application/json")
    public static final class UndeclaredResource {

        @GET
        public String get() {
            return "{\"leaked\":true}";
        }
    }

    @Test
    public void loginReadMeLogout() throws Exception {
        awaitReady("/me");

        JsonNode login = expect(200, loginReply(ADMIN, adminPassword()));
        String token = login.get("token").asText();
        assertEquals(43, token.length());
        assertTrue(login.get("expiresAt").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*[+-]\\d{2}:\\d{2}"));
        assertEquals("OWNER", login.at("/user/role").asText());

        JsonNode me = expect(200, callAs(token, "GET", "/me", null));
        assertEquals(ADMIN, me.get("username").asText());
        assertTrue(me.get("permissions").toString().contains("\"users.admin\""));
        assertTrue(me.get("permissions").toString().contains("\"stock.cost\""));

        expect(204, callAs(token, "POST", "/auth/logout", null));
        HttpResponse<String> afterLogout = callAs(token, "GET", "/me", null);
        assertEquals(401, afterLogout.statusCode());
        assertTrue(afterLogout.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertTrue(afterLogout.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    public void missingOrUnknownTokenIsRefused() throws Exception {
        awaitReady("/me");

        assertEquals(401, callAs(null, "GET", "/customers", null).statusCode());
        assertEquals(401, callAs("not-a-token", "GET", "/customers", null).statusCode());
        assertEquals(401, callAs("A".repeat(43), "GET", "/customers", null).statusCode());
        assertEquals(200, callAs(null, "GET", "/health", null).statusCode());
        assertEquals(200, callAs(null, "GET", "/openapi.json", null).statusCode());
    }

    @Test
    public void unknownUserAndWrongPasswordLookAlike() throws Exception {
        awaitReady("/me");
        createUser("lookalike", "password-lookalike", "CASHIER", null);

        HttpResponse<String> unknown = loginReply("nobody-here", "whatever-123");
        HttpResponse<String> wrong = loginReply("lookalike", "whatever-123");

        assertEquals(401, unknown.statusCode());
        assertEquals(401, wrong.statusCode());
        assertEquals(unknown.body(), wrong.body());
    }

    @Test
    public void disabledUserTokenIsRevoked() throws Exception {
        awaitReady("/me");
        long id = createUser("advisor-dis", "password-advisor", "ADVISOR", null);
        String token = login("advisor-dis", "password-advisor");
        expect(200, callAs(token, "GET", "/customers", null));

        JsonNode user = expect(200, get("/users/" + id));
        expect(200, put("/users/" + id, "{\"disabled\":true}", "\"" + user.get("version").asText() + "\""));

        assertEquals(401, callAs(token, "GET", "/customers", null).statusCode());
        assertEquals(401, loginReply("advisor-dis", "password-advisor").statusCode());
    }

    @Test
    public void roleChangeRevokesTokens() throws Exception {
        awaitReady("/me");
        long id = createUser("role-change", "password-role", "CASHIER", null);
        String token = login("role-change", "password-role");
        assertEquals(403, callAs(token, "GET", "/customers", null).statusCode());

        expect(200, put("/users/" + id, "{\"role\":\"ADVISOR\"}", null));

        assertEquals(401, callAs(token, "GET", "/customers", null).statusCode());
        String renewed = login("role-change", "password-role");
        expect(200, callAs(renewed, "GET", "/customers", null));
    }

    @Test
    public void expiredTokenIsRefused() throws Exception {
        awaitReady("/me");
        createUser("short-lived", "password-short", "ADVISOR", null);
        try {
            updateSecurity("tokenLifetimeSeconds", 2L);
            String token = login("short-lived", "password-short");
            expect(200, callAs(token, "GET", "/customers", null));

            Thread.sleep(3000);

            assertEquals(401, callAs(token, "GET", "/customers", null).statusCode());
        } finally {
            updateSecurity("tokenLifetimeSeconds", 43_200L);
        }
    }

    @Test
    public void throttlingRejectsThenRecovers() throws Exception {
        awaitReady("/me");
        createUser("throttled", "password-throttled", "CASHIER", null);
        try {
            updateSecurity("throttleWindowSeconds", 4L);
            for (int i = 0; i < 5; i++) {
                assertEquals(401, loginReply("throttled", "wrong-password").statusCode());
            }

            HttpResponse<String> rejected = loginReply("throttled", "password-throttled");
            assertEquals(429, rejected.statusCode());
            long retryAfter = Long.parseLong(rejected.headers().firstValue("Retry-After").orElse("0"));
            assertTrue("Retry-After " + retryAfter, retryAfter >= 1);
            assertTrue("Retry-After " + retryAfter, retryAfter <= 4);
            assertEquals(429, json.readTree(rejected.body()).get("status").asInt());

            Thread.sleep((retryAfter + 1) * 1000);
            login("throttled", "password-throttled");

            // The success cleared the username's failures: four more may fail without a 429.
            for (int i = 0; i < 4; i++) {
                assertEquals(401, loginReply("throttled", "wrong-password").statusCode());
            }
            login("throttled", "password-throttled");
        } finally {
            updateSecurity("throttleWindowSeconds", 900L);
        }
    }

    @Test
    public void passwordChangeRevokesOldTokens() throws Exception {
        awaitReady("/me");
        createUser("changer", "password-old-1", "ADVISOR", null);
        String first = login("changer", "password-old-1");
        String second = login("changer", "password-old-1");

        JsonNode tooShort = expect(422, callAs(first, "PUT", "/me/password",
                "{\"currentPassword\":\"password-old-1\",\"newPassword\":\"short\"}"));
        assertEquals("newPassword", tooShort.at("/errors/0/field").asText());
        JsonNode wrongCurrent = expect(422, callAs(first, "PUT", "/me/password",
                "{\"currentPassword\":\"not-the-password\",\"newPassword\":\"password-new-2\"}"));
        assertEquals("currentPassword", wrongCurrent.at("/errors/0/field").asText());
        JsonNode changed = expect(200, callAs(first, "PUT", "/me/password",
                "{\"currentPassword\":\"password-old-1\",\"newPassword\":\"password-new-2\"}"));

        assertEquals(401, callAs(first, "GET", "/me", null).statusCode());
        assertEquals(401, callAs(second, "GET", "/me", null).statusCode());
        expect(200, callAs(changed.get("token").asText(), "GET", "/me", null));
        assertEquals(401, loginReply("changer", "password-old-1").statusCode());
        login("changer", "password-new-2");
    }

    @Test
    public void usersAreValidated() throws Exception {
        awaitReady("/me");

        JsonNode shortPassword = expect(422, post("/users",
                "{\"username\":\"shorty\",\"password\":\"1234567\",\"role\":\"CASHIER\"}"));
        assertEquals("password", shortPassword.at("/errors/0/field").asText());
        JsonNode technician = expect(422, post("/users",
                "{\"username\":\"tech-none\",\"password\":\"password-tech\",\"role\":\"TECHNICIAN\"}"));
        assertEquals("employeeId", technician.at("/errors/0/field").asText());
        JsonNode unknownEmployee = expect(422, post("/users", "{\"username\":\"tech-bad\",\"password\":\"password-tech\","
                + "\"role\":\"TECHNICIAN\",\"employeeId\":999}"));
        assertEquals("employeeId", unknownEmployee.at("/errors/0/field").asText());
        long employee = expect(201, post("/employees", "{\"name\":\"李师傅\",\"role\":\"TECHNICIAN\"}"))
                .get("id").asLong();
        createUser("tech-ok", "password-tech", "TECHNICIAN", employee);
        expect(409, post("/users", "{\"username\":\"TECH-OK\",\"password\":\"password-tech\"}"));

        JsonNode page = expect(200, get("/users"));
        assertTrue(page.get("total").asLong() >= 2);
        assertFalse(page.toString().contains("password"));
    }

    @Test
    public void permissionsAreChecked() throws Exception {
        awaitReady("/me");
        String cashier = tokenOfNewUser("cashier-1", "CASHIER", null);
        String noRole = tokenOfNewUser("no-role-1", null, null);

        assertEquals(403, callAs(cashier, "GET", "/users", null).statusCode());
        assertEquals(403, callAs(cashier, "GET", "/customers", null).statusCode());
        expect(200, callAs(cashier, "GET", "/work-orders", null));
        assertEquals(403, callAs(noRole, "GET", "/work-orders", null).statusCode());
        JsonNode me = expect(200, callAs(noRole, "GET", "/me", null));
        assertEquals(0, me.get("permissions").size());
        assertTrue(me.get("role").isNull());
    }

    @Test
    public void rolePermissionsCanChange() throws Exception {
        awaitReady("/me");
        JsonNode catalogue = expect(200, get("/permissions"));
        List<String> names = new ArrayList<>();
        catalogue.get("items").forEach(p -> names.add(p.get("name").asText()));
        assertTrue(names.contains("orders.read-assigned"));
        assertTrue(names.contains("users.admin"));
        JsonNode roles = expect(200, get("/roles"));
        assertEquals("OWNER", roles.at("/items/0/role").asText());
        assertFalse(roles.at("/items/0/editable").asBoolean());
        assertEquals(names.size(), roles.at("/items/0/permissions").size());

        String clerk = tokenOfNewUser("clerk-1", "PARTS_CLERK", null);
        expect(200, callAs(clerk, "GET", "/stock/valuation", null));
        JsonNode unknown = expect(422, put("/roles/PARTS_CLERK/permissions",
                "{\"permissions\":[\"parts.read\",\"no.such\"]}", null));
        assertEquals("permissions[1]", unknown.at("/errors/0/field").asText());
        expect(409, put("/roles/OWNER/permissions", "{\"permissions\":[]}", null));
        expect(404, put("/roles/JANITOR/permissions", "{\"permissions\":[]}", null));
        JsonNode changed = expect(200, put("/roles/PARTS_CLERK/permissions",
                "{\"permissions\":[\"parts.read\",\"stock.receive\"]}", null));
        assertEquals(2, changed.get("permissions").size());

        assertEquals(403, callAs(clerk, "GET", "/stock/valuation", null).statusCode());
        expect(200, callAs(clerk, "GET", "/parts", null));
    }

    @Test
    public void undeclaredResourceIsRefusedForOwner() throws Exception {
        awaitReady("/me");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(RestExtension.RESOURCE, true);
        ServiceRegistration<Object> registration = bundleContext.registerService(Object.class,
                new UndeclaredResource(), properties);
        try {
            int status = 404;
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (status == 404 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                status = get("/itest-undeclared").statusCode();
            }

            HttpResponse<String> reply = get("/itest-undeclared");
            assertEquals(403, reply.statusCode());
            assertFalse(reply.body().contains("leaked"));
            assertEquals(401, callAs(null, "GET", "/itest-undeclared", null).statusCode());
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void movementCostsNeedStockCost() throws Exception {
        awaitReady("/me");
        long partId = createPart("SEC-0001", "35.00");
        receive(partId, "4", "20.00", "B-SEC-1");
        String technicianEmployee = expect(201, post("/employees", "{\"name\":\"王师傅\",\"role\":\"TECHNICIAN\"}"))
                .get("id").asText();
        String technician = tokenOfNewUser("tech-cost", "TECHNICIAN", Long.parseLong(technicianEmployee));

        JsonNode asOwner = expect(200, get("/parts/" + partId + "/movements"));
        JsonNode asTechnician = expect(200, callAs(technician, "GET", "/parts/" + partId + "/movements", null));

        assertEquals("20.00", asOwner.at("/items/0/unitCost").decimalValue().setScale(2).toPlainString());
        assertNotNull(asTechnician.at("/items/0/quantity"));
        assertTrue(asTechnician.at("/items/0/unitCost").isNull());
        assertNotEquals(asOwner.toString(), asTechnician.toString());
    }

    private void updateSecurity(String key, Object value) throws Exception {
        org.osgi.service.cm.Configuration settings = configurationAdmin.getConfiguration(SECURITY_PID, "?");
        Dictionary<String, Object> values = settings.getProperties();
        if (values == null) {
            values = new Hashtable<>();
        }
        values.put(key, value);
        settings.update(values);
        // The component applies the change in its modified method, asynchronously.
        Thread.sleep(1000);
    }
}
