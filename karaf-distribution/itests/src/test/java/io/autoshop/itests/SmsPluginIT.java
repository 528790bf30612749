package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Installs the SMS plugin into a running shop with the plain features service call and sends notices to a local
 * SMS provider through an outage. It then uninstalls and reinstalls the plugin. After each step the core services
 * must still have their service ids.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SmsPluginIT extends AutoShopTestSupport {

    private static final String FEATURE = "autoshop-plugin-sms";
    private static final String PHONE = "13700001111";

    @Inject
    BundleContext bundleContext;

    @Inject
    FeaturesService features;

    @Inject
    ConfigurationAdmin configurations;

    @Configuration
    public Option[] config() {
        return distribution(
                editConfigurationFilePut("etc/io.autoshop.notices.cfg", "pollSeconds", "1"),
                editConfigurationFilePut("etc/io.autoshop.notices.cfg", "retryInitialSeconds", "1"),
                editConfigurationFilePut("etc/io.autoshop.notices.cfg", "retryMaxSeconds", "2"),
                editConfigurationFilePut("etc/io.autoshop.notices.cfg", "publicBaseUrl", "http://shop.test/"));
    }

    @Test
    public void pluginLifecycleDeliversEveryNoticeOnce() throws Exception {
        awaitReady("/work-orders?limit=1");
        Map<String, List<Long>> core = CoreServices.ids(bundleContext);
        assertEquals(0, expect(200, get("/plugins")).get("total").asInt());
        expect(404, get("/sms/settings"));

        try (LocalSmsProvider provider = new LocalSmsProvider()) {
            configureSms(provider.endpoint());
            features.installFeature(FEATURE);
            awaitStatus("/sms/settings", 200);
            assertEquals(core, CoreServices.ids(bundleContext));
            JsonNode plugins = expect(200, get("/plugins"));
            assertEquals(1, plugins.get("total").asInt());
            assertEquals("io.autoshop.plugin.notify-sms", plugins.at("/items/0/id").asText());
            assertEquals("ACTIVE", plugins.at("/items/0/state").asText());
            assertEquals("0.1.0.SNAPSHOT", plugins.at("/items/0/version").asText());

            long customer = createCustomer("王芳", PHONE);
            long first = createOrder(createVehicle(customer, "浙A12345"));
            String tracking = expect(200, get("/work-orders/" + first)).get("trackingUrl").asText();
            assertTrue(tracking, tracking.matches("/track/[A-Za-z0-9_-]{43}"));
            runToSettlement(first);
            await("3 messages for the first order", () -> provider.accepted().size() == 3);
            assertMessage(provider.accepted().get(0), "SMS_RECEIVED", "WO" + first + ":RECEIVED:sms", "");
            assertMessage(provider.accepted().get(1), "SMS_INSPECTION", "WO" + first + ":INSPECTION:sms", "");
            assertMessage(provider.accepted().get(2), "SMS_SETTLED", "WO" + first + ":SETTLED:sms", "360.00");
            JsonNode param = json.readTree(provider.accepted().get(0).get("TemplateParam"));
            assertEquals("浙A12345", param.get("plate").asText());
            assertEquals("已接车", param.get("status").asText());
            assertEquals("http://shop.test" + tracking, param.get("link").asText());

            provider.stop();
            long second = createOrder(createVehicle(customer, "浙A54321"));
            move(second, "{\"to\":\"OPEN\"}");
            move(second, "{\"to\":\"IN_REPAIR\"}");
            move(second, "{\"to\":\"INSPECTION\"}");
            await("failed attempts while the provider is down", () -> attemptsOf(second) >= 4);
            provider.start();
            await("the held-back messages", () -> provider.accepted().size() == 5);
            Thread.sleep(3000);
            assertEquals(5, provider.accepted().size());
            assertEquals(List.of(), provider.rejected());
            Set<String> outIds = new HashSet<>();
            provider.accepted().forEach(message -> outIds.add(message.get("OutId")));
            assertEquals(5, outIds.size());
            for (JsonNode notice : expect(200, get("/work-orders/" + second + "/notices")).get("items")) {
                assertEquals("SENT", notice.get("state").asText());
            }

            features.uninstallFeature(FEATURE);
            awaitStatus("/sms/settings", 404);
            assertEquals(core, CoreServices.ids(bundleContext));
            assertEquals(0, expect(200, get("/plugins")).get("total").asInt());
            long third = createOrder(createVehicle(customer, "浙A67890"));
            move(third, "{\"to\":\"OPEN\"}");
            assertEquals(0, expect(200, get("/work-orders/" + third + "/notices")).get("total").asInt());

            features.installFeature(FEATURE);
            awaitStatus("/sms/settings", 200);
            assertEquals(provider.endpoint(), expect(200, get("/sms/settings")).get("endpoint").asText());
            assertEquals(core, CoreServices.ids(bundleContext));
            move(third, "{\"to\":\"IN_REPAIR\"}");
            move(third, "{\"to\":\"INSPECTION\"}");
            await("the message after reinstalling", () -> provider.accepted().size() == 6);
            assertMessage(provider.accepted().get(5), "SMS_INSPECTION", "WO" + third + ":INSPECTION:sms", "");
        }
    }

    private void runToSettlement(long order) throws Exception {
        move(order, "{\"to\":\"OPEN\"}");
        move(order, "{\"to\":\"IN_REPAIR\"}");
        expect(201, post("/work-orders/" + order + "/labor", "{\"name\":\"更换刹车片\",\"hours\":3,\"rate\":120}"));
        move(order, "{\"to\":\"INSPECTION\"}");
        move(order, "{\"to\":\"SETTLED\",\"payment\":{\"method\":\"WECHAT\",\"amount\":360.00}}");
    }

    private void configureSms(String endpoint) throws Exception {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("endpoint", endpoint);
        properties.put("accessKeyId", LocalSmsProvider.KEY_ID);
        properties.put("accessKeySecret", LocalSmsProvider.SECRET);
        properties.put("signName", "汽修测试店");
        properties.put("templateCodes", new String[] {"RECEIVED=SMS_RECEIVED", "INSPECTION=SMS_INSPECTION",
                "SETTLED=SMS_SETTLED"});
        configurations.getConfiguration("io.autoshop.notify.sms", "?").update(properties);
    }

    private static void assertMessage(Map<String, String> message, String templateCode, String outId, String amount)
            throws Exception {
        assertEquals(PHONE, message.get("PhoneNumbers"));
        assertEquals("汽修测试店", message.get("SignName"));
        assertEquals(templateCode, message.get("TemplateCode"));
        assertEquals(outId, message.get("OutId"));
        assertFalse(message.get("Timestamp").isEmpty());
        assertTrue(message.get("TemplateParam"), message.get("TemplateParam").contains("\"amount\":\"" + amount + "\""));
    }

    private int attemptsOf(long order) {
        try {
            int attempts = 0;
            for (JsonNode notice : expect(200, get("/work-orders/" + order + "/notices")).get("items")) {
                assertEquals("PENDING", notice.get("state").asText());
                attempts += notice.get("attempts").asInt();
            }
            return attempts;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void awaitStatus(String path, int status) throws Exception {
        await("GET " + path + " to answer " + status, () -> {
            try {
                return get(path).statusCode() == status;
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after 30 s waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
