package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Dictionary;
import java.util.EnumMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Installs the SMS and WeChat plugins and calls every operation of their REST resources as each default role, as a
 * user without a role, and with no token and a garbage token. Each status must match the default grants of the
 * plugins' permissions: {@code sms.settings} for the owner only, {@code wechat.bindings} for the owner and the
 * advisor. A rejected call must change nothing and show none of the data. The owner then grants
 * {@code sms.settings} to the advisor and withdraws it again, and after the plugins are uninstalled their
 * permissions leave the catalogue.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginAccessIT extends AutoShopTestSupport {

    private static final String SMS_FEATURE = "autoshop-plugin-sms";
    private static final String WECHAT_FEATURE = "autoshop-plugin-wechat";
    private static final String SMS_SETTINGS = "sms.settings";
    private static final String WECHAT_BINDINGS = "wechat.bindings";
    private static final String SIGN_NAME = "权限测试店";
    private static final String BOUND = "oPluginAccess0123456789abcd";
    private static final String APP_SECRET = "plugin-access-wechat-secret";

    /** Who calls: no token, a garbage token, a user without a role and one user per role. */
    enum Principal {
        NO_TOKEN, GARBAGE_TOKEN, NO_ROLE, OWNER, ADVISOR, TECHNICIAN, PARTS_CLERK, CASHIER;

        boolean hasValidToken() {
            return this != NO_TOKEN && this != GARBAGE_TOKEN;
        }
    }

    /** The plugin permissions of each principal by default. The owner has every permission. */
    private static final Map<Principal, Set<String>> DEFAULT_GRANTS = new EnumMap<>(Principal.class);

    static {
        DEFAULT_GRANTS.put(Principal.OWNER, Set.of(SMS_SETTINGS, WECHAT_BINDINGS));
        DEFAULT_GRANTS.put(Principal.ADVISOR, Set.of(WECHAT_BINDINGS));
        DEFAULT_GRANTS.put(Principal.TECHNICIAN, Set.of());
        DEFAULT_GRANTS.put(Principal.PARTS_CLERK, Set.of());
        DEFAULT_GRANTS.put(Principal.CASHIER, Set.of());
        DEFAULT_GRANTS.put(Principal.NO_ROLE, Set.of());
    }

    @Inject
    FeaturesService features;

    @Inject
    ConfigurationAdmin configurations;

    private final Map<Principal, String> tokens = new EnumMap<>(Principal.class);
    private final List<String> failures = new ArrayList<>();
    private long customer;
    private JsonNode smsSettings;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void pluginEndpointsFollowTheGrants() throws Exception {
        awaitReady("/health");
        AtomicInteger wechatRequests = new AtomicInteger();
        HttpServer wechat = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        wechat.createContext("/", exchange -> {
            wechatRequests.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        wechat.start();
        try (LocalSmsProvider sms = new LocalSmsProvider()) {
            configure("io.autoshop.notify.sms", Map.of("endpoint", sms.endpoint(),
                    "accessKeyId", LocalSmsProvider.KEY_ID, "accessKeySecret", LocalSmsProvider.SECRET,
                    "signName", SIGN_NAME));
            configure("io.autoshop.notify.wechat", Map.of("apiBase",
                    "http://127.0.0.1:" + wechat.getAddress().getPort(), "appId", "wxpluginaccess",
                    "appSecret", APP_SECRET));
            createPrincipals();
            customer = createCustomer("权限客户", "13600007777");

            features.installFeature(SMS_FEATURE);
            features.installFeature(WECHAT_FEATURE);
            await("GET /sms/settings to answer 200 to the owner", () -> get("/sms/settings").statusCode() == 200);
            await("the first WeChat binding", () -> put(bindingPath(), openIdBody(BOUND), null).statusCode() == 200);
            smsSettings = expect(200, get("/sms/settings"));
            assertEquals(sms.endpoint(), smsSettings.get("endpoint").asText());
            assertEquals(LocalSmsProvider.KEY_ID, smsSettings.get("accessKeyId").asText());
            assertTrue(smsSettings.get("configured").asBoolean());

            checkPermissionsListed();
            for (Principal principal : Principal.values()) {
                checkSettings(principal, DEFAULT_GRANTS);
                checkBindings(principal);
            }
            assertEquals("unexpected statuses:\n" + String.join("\n", failures), List.of(), failures);

            checkGrantChange();

            features.uninstallFeature(WECHAT_FEATURE);
            features.uninstallFeature(SMS_FEATURE);
            await("the plugin resources to go", () -> get("/sms/settings").statusCode() == 404
                    && get(bindingPath()).statusCode() == 404);
            Set<String> names = permissionNames();
            assertFalse(names.toString(), names.contains(SMS_SETTINGS));
            assertFalse(names.toString(), names.contains(WECHAT_BINDINGS));
            assertTrue(names.toString(), names.contains("customers.read"));
            assertFalse(rolePermissions("ADVISOR").contains(WECHAT_BINDINGS));
            assertFalse(rolePermissions("OWNER").contains(SMS_SETTINGS));

            // Nothing here sends a notice, so neither provider may have been called.
            assertEquals(List.of(), sms.accepted());
            assertEquals(List.of(), sms.rejected());
            assertEquals(0, wechatRequests.get());
        } finally {
            wechat.stop(0);
        }
    }

    private void createPrincipals() throws Exception {
        tokens.put(Principal.OWNER, adminToken());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        tokens.put(Principal.GARBAGE_TOKEN, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        long employee = expect(201, post("/employees", "{\"name\":\"权限技师\",\"role\":\"TECHNICIAN\"}"))
                .get("id").asLong();
        tokens.put(Principal.ADVISOR, tokenOfNewUser("pa-advisor", "ADVISOR", null));
        tokens.put(Principal.TECHNICIAN, tokenOfNewUser("pa-technician", "TECHNICIAN", employee));
        tokens.put(Principal.PARTS_CLERK, tokenOfNewUser("pa-clerk", "PARTS_CLERK", null));
        tokens.put(Principal.CASHIER, tokenOfNewUser("pa-cashier", "CASHIER", null));
        tokens.put(Principal.NO_ROLE, tokenOfNewUser("pa-norole", null, null));
    }

    /**
     * Calls {@code GET /sms/settings} as one principal. No reply may show the secret, and a rejected reply shows none
     * of the settings.
     */
    private void checkSettings(Principal principal, Map<Principal, Set<String>> grants) throws Exception {
        HttpResponse<String> response = callAs(tokens.get(principal), "GET", "/sms/settings", null);
        int expected = expected(principal, SMS_SETTINGS, 200, grants);
        record("GET /sms/settings", principal, expected, response);
        if (response.body().contains(LocalSmsProvider.SECRET)) {
            failures.add("GET /sms/settings as " + principal + ": the reply shows the secret");
        }
        if (expected == 200 && response.statusCode() == 200) {
            assertEquals(smsSettings, json.readTree(response.body()));
        } else {
            checkNoLeak("GET /sms/settings", principal, response, LocalSmsProvider.KEY_ID);
        }
        assertEquals(smsSettings, expect(200, get("/sms/settings")));
    }

    /**
     * Calls {@code GET}, {@code PUT} and {@code DELETE /wechat/bindings/{customerId}} as one principal and reads the
     * binding back as the owner after each call.
     */
    private void checkBindings(Principal principal) throws Exception {
        String token = tokens.get(principal);
        String other = ("oPA" + principal.name().replace("_", "") + "0123456789abcdef").substring(0, 24);

        HttpResponse<String> read = callAs(token, "GET", bindingPath(), null);
        int expected = expected(principal, WECHAT_BINDINGS, 200, DEFAULT_GRANTS);
        record("GET /wechat/bindings/{customerId}", principal, expected, read);
        if (read.statusCode() == 200) {
            assertEquals(BOUND, json.readTree(read.body()).get("openId").asText());
        } else {
            checkNoLeak("GET /wechat/bindings/{customerId}", principal, read, BOUND);
        }
        assertBound(BOUND);

        HttpResponse<String> bind = callAs(token, "PUT", bindingPath(), openIdBody(other));
        record("PUT /wechat/bindings/{customerId}", principal, expected, bind);
        if (bind.statusCode() == 200) {
            assertBound(other);
            expect(200, put(bindingPath(), openIdBody(BOUND), null));
        } else {
            checkNoLeak("PUT /wechat/bindings/{customerId}", principal, bind, BOUND);
        }
        assertBound(BOUND);

        HttpResponse<String> unbind = callAs(token, "DELETE", bindingPath(), null);
        record("DELETE /wechat/bindings/{customerId}", principal,
                expected(principal, WECHAT_BINDINGS, 204, DEFAULT_GRANTS), unbind);
        if (unbind.statusCode() == 204) {
            expect(404, get(bindingPath()));
            expect(200, put(bindingPath(), openIdBody(BOUND), null));
        } else {
            checkNoLeak("DELETE /wechat/bindings/{customerId}", principal, unbind, BOUND);
        }
        assertBound(BOUND);
    }

    /**
     * Checks that the advisor cannot grant itself {@code sms.settings} but the owner can. The grant takes effect at
     * once for the advisor's current token and for no other role, and so does its withdrawal.
     */
    private void checkGrantChange() throws Exception {
        List<String> before = rolePermissions("ADVISOR");
        assertFalse(before.toString(), before.contains(SMS_SETTINGS));
        assertTrue(before.toString(), before.contains(WECHAT_BINDINGS));
        List<String> widened = new ArrayList<>(before);
        widened.add(SMS_SETTINGS);

        expect(403, callAs(tokens.get(Principal.ADVISOR), "PUT", "/roles/ADVISOR/permissions",
                permissionsBody(widened)));
        assertEquals(before, rolePermissions("ADVISOR"));
        expect(403, callAs(tokens.get(Principal.ADVISOR), "GET", "/sms/settings", null));

        JsonNode granted = expect(200, put("/roles/ADVISOR/permissions", permissionsBody(widened), null));
        assertTrue(granted.toString(), names(granted.get("permissions")).contains(SMS_SETTINGS));
        Map<Principal, Set<String>> widenedGrants = new EnumMap<>(DEFAULT_GRANTS);
        widenedGrants.put(Principal.ADVISOR, Set.of(SMS_SETTINGS, WECHAT_BINDINGS));
        try {
            for (Principal principal : Principal.values()) {
                checkSettings(principal, widenedGrants);
            }
            expect(200, callAs(tokens.get(Principal.ADVISOR), "GET", bindingPath(), null));
        } finally {
            expect(200, put("/roles/ADVISOR/permissions", permissionsBody(before), null));
        }
        assertEquals(before, rolePermissions("ADVISOR"));
        for (Principal principal : Principal.values()) {
            checkSettings(principal, DEFAULT_GRANTS);
        }
        expect(200, callAs(tokens.get(Principal.ADVISOR), "GET", bindingPath(), null));
        assertEquals("unexpected statuses:\n" + String.join("\n", failures), List.of(), failures);
    }

    private void checkPermissionsListed() throws Exception {
        Map<String, List<String>> defaults = new TreeMap<>();
        for (JsonNode permission : expect(200, get("/permissions")).get("items")) {
            defaults.put(permission.get("name").asText(), names(permission.get("defaultRoles")));
        }
        assertEquals(defaults.toString(), List.of(), defaults.get(SMS_SETTINGS));
        assertEquals(defaults.toString(), List.of("ADVISOR"), defaults.get(WECHAT_BINDINGS));
        assertTrue(rolePermissions("OWNER").containsAll(List.of(SMS_SETTINGS, WECHAT_BINDINGS)));
    }

    private static int expected(Principal principal, String permission, int success,
            Map<Principal, Set<String>> grants) {
        if (!principal.hasValidToken()) {
            return 401;
        }
        return grants.get(principal).contains(permission) ? success : 403;
    }

    private void record(String operation, Principal principal, int expected, HttpResponse<String> response) {
        if (response.statusCode() != expected) {
            failures.add(operation + " as " + principal + ": expected " + expected + ", got "
                    + response.statusCode() + " " + response.body());
        } else if (expected == 401 && !response.headers().firstValue("WWW-Authenticate").orElse("")
                .startsWith("Bearer")) {
            failures.add(operation + " as " + principal + ": 401 without a Bearer challenge");
        }
    }

    /** Records a failure when a rejected reply shows data of the resource. */
    private void checkNoLeak(String operation, Principal principal, HttpResponse<String> response, String data) {
        if (response.body().contains(data)) {
            failures.add(operation + " as " + principal + ": the reply " + response.statusCode() + " shows " + data);
        }
    }

    private void assertBound(String openId) throws Exception {
        assertEquals(openId, expect(200, get(bindingPath())).get("openId").asText());
    }

    private String bindingPath() {
        return "/wechat/bindings/" + customer;
    }

    private static String openIdBody(String openId) {
        return "{\"openId\":\"" + openId + "\"}";
    }

    private String permissionsBody(List<String> permissions) throws Exception {
        return json.writeValueAsString(Map.of("permissions", permissions));
    }

    private Set<String> permissionNames() throws Exception {
        Set<String> names = new TreeSet<>();
        for (JsonNode permission : expect(200, get("/permissions")).get("items")) {
            names.add(permission.get("name").asText());
        }
        return names;
    }

    private List<String> rolePermissions(String role) throws Exception {
        for (JsonNode item : expect(200, get("/roles")).get("items")) {
            if (item.get("role").asText().equals(role)) {
                return names(item.get("permissions"));
            }
        }
        throw new AssertionError("GET /roles lists no role " + role);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    private void configure(String pid, Map<String, String> settings) throws Exception {
        Dictionary<String, Object> properties = new Hashtable<>(settings);
        configurations.getConfiguration(pid, "?").update(properties);
    }

    /** A condition polled until it is met. */
    private interface Condition {
        boolean isMet() throws Exception;
    }

    private static void await(String description, Condition condition) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.isMet()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after 60 s waiting for " + description);
            }
            Thread.sleep(200);
        }
    }
}
