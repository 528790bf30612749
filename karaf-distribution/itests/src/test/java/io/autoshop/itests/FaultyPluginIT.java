package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoshop.api.notice.DeliveryResult;
import io.autoshop.api.notice.Notice;
import io.autoshop.api.notice.NoticeChannel;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Plays a faulty plugin: an event handler and a notice channel that throw, and a channel service that fails to
 * come up. The work-order workflow must run as before, and the customer's progress page must work without
 * login and expire after settlement.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FaultyPluginIT extends AutoShopTestSupport {

    @Inject
    BundleContext bundleContext;

    @Configuration
    public Option[] config() {
        return distribution(
                editConfigurationFilePut("etc/io.autoshop.notices.cfg", "pollSeconds", "1"),
                editConfigurationFilePut("etc/io.autoshop.notices.cfg", "retryInitialSeconds", "1"),
                editConfigurationFilePut("etc/io.autoshop.tracking.cfg", "expiryDays", "0"));
    }

    @Test
    public void faultyPluginLeavesWorkflowIntact() throws Exception {
        awaitReady("/work-orders?limit=1");
        Map<String, List<Long>> core = CoreServices.ids(bundleContext);
        AtomicInteger handled = new AtomicInteger();
        AtomicInteger sendCalls = new AtomicInteger();
        List<ServiceRegistration<?>> registrations = List.of(
                bundleContext.registerService(EventHandler.class, event -> {
                    handled.incrementAndGet();
                    throw new IllegalStateException("faulty plugin fails on " + event.getTopic());
                }, properties(EventConstants.EVENT_TOPIC, "io/autoshop/*")),
                bundleContext.registerService(NoticeChannel.class, new ThrowingChannel(sendCalls), null),
                bundleContext.registerService(NoticeChannel.class.getName(), new FailingFactory(), null));

        try {
            long vehicle = createVehicle(createCustomer("赵磊", "13900002222"), "苏E12345");
            long order = createOrder(vehicle);
            move(order, "{\"to\":\"OPEN\"}");
            move(order, "{\"to\":\"IN_REPAIR\"}");
            expect(201, post("/work-orders/" + order + "/labor", "{\"name\":\"更换机油\",\"hours\":1,\"rate\":80}"));
            move(order, "{\"to\":\"INSPECTION\"}");
            JsonNode settled = move(order, "{\"to\":\"SETTLED\",\"payment\":{\"method\":\"CASH\",\"amount\":80.00}}");

            assertEquals("SETTLED", settled.get("status").asText());
            assertEquals(core, CoreServices.ids(bundleContext));
            long deadline = System.nanoTime() + 20_000_000_000L;
            while ((handled.get() < 5 || sendCalls.get() < 3) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue("events seen by the faulty handler: " + handled.get(), handled.get() >= 1);
            assertTrue("send calls of the faulty channel: " + sendCalls.get(), sendCalls.get() >= 3);
            JsonNode notices = expect(200, get("/work-orders/" + order + "/notices"));
            assertEquals(3, notices.get("total").asInt());
            for (JsonNode notice : notices.get("items")) {
                assertEquals("faulty", notice.get("channel").asText());
                assertEquals("PENDING", notice.get("state").asText());
                assertTrue(notice.get("lastError").asText(),
                        notice.get("lastError").asText().contains("IllegalStateException"));
            }
            // The settled order's link expired at once because expiryDays is 0.
            String settledLink = settled.get("trackingUrl").asText();
            assertEquals(404, page(settledLink).statusCode());
            expect(404, get("/tracking/" + settledLink.substring("/track/".length())));
        } finally {
            registrations.forEach(ServiceRegistration::unregister);
        }
    }

    @Test
    public void progressPageShowsMaskedPlateOnly() throws Exception {
        awaitReady("/work-orders?limit=1");
        long vehicle = createVehicle(createCustomer("钱多多", "13600003333"), "粤B7G2K1");
        long order = expect(201, post("/work-orders", "{\"vehicleId\":" + vehicle + ",\"odometerKm\":1000,"
                + "\"complaint\":\"空调不制冷\",\"promisedAt\":\"2099-01-02T17:30:00+08:00\"}")).get("id").asLong();
        move(order, "{\"to\":\"OPEN\"}");
        String link = expect(200, get("/work-orders/" + order)).get("trackingUrl").asText();

        HttpResponse<String> page = page(link);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.body(), page.body().contains("粤B***K1"));
        assertTrue(page.body(), page.body().contains("已开单"));
        assertTrue(page.body(), page.body().contains("2099-01-02 17:30"));
        assertFalse(page.body(), page.body().contains("粤B7G2K1"));
        assertFalse(page.body(), page.body().contains("钱多多"));
        assertFalse(page.body(), page.body().contains("13600003333"));
        assertFalse(page.body(), page.body().contains("空调不制冷"));

        JsonNode view = expect(200, get("/tracking/" + link.substring("/track/".length())));
        assertEquals("粤B***K1", view.get("maskedPlate").asText());
        assertEquals("OPEN", view.get("status").asText());
        assertEquals(5, view.get("steps").size());
        assertTrue(view.at("/steps/1/reachedAt").isTextual());
        assertTrue(view.at("/steps/2/reachedAt").isNull());
        assertTrue(view.get("total").isNull());
        assertEquals(404, page("/track/unknown-token").statusCode());
    }

    private HttpResponse<String> page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Dictionary<String, Object> properties(String key, Object value) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(key, value);
        return properties;
    }

    /** A channel whose every delivery throws. */
    private static final class ThrowingChannel implements NoticeChannel {

        private final AtomicInteger calls;

        ThrowingChannel(AtomicInteger calls) {
            this.calls = calls;
        }

        @Override
        public String id() {
            return "faulty";
        }

        @Override
        public DeliveryResult send(Notice notice) {
            calls.incrementAndGet();
            throw new IllegalStateException("faulty channel fails on " + notice.idempotencyKey());
        }
    }

    /** A channel service that fails whenever a consumer gets it, as a component failing to activate does. */
    private static final class FailingFactory implements ServiceFactory<Object> {

        @Override
        public Object getService(Bundle bundle, ServiceRegistration<Object> registration) {
            throw new IllegalStateException("faulty channel fails to start");
        }

        @Override
        public void ungetService(Bundle bundle, ServiceRegistration<Object> registration, Object service) {
        }
    }
}
