package io.autoshop.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * Installs the WeChat plugin, binds a customer's OpenID, and checks that the binding survives an uninstall and
 * reinstall and that a notice reaches a local WeChat stand-in.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WeChatPluginIT extends AutoShopTestSupport {

    private static final String FEATURE = "autoshop-plugin-wechat";
    private static final String OPEN_ID = "oItest0123456789abcdefghijk";

    @Inject
    BundleContext bundleContext;

    @Inject
    FeaturesService features;

    @Inject
    ConfigurationAdmin configurations;

    @Configuration
    public Option[] config() {
        return distribution(editConfigurationFilePut("etc/io.autoshop.notices.cfg", "pollSeconds", "1"));
    }

    @Test
    public void bindingSurvivesReinstall() throws Exception {
        awaitReady("/work-orders?limit=1");
        Map<String, List<Long>> core = CoreServices.ids(bundleContext);
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer wechat = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        wechat.createContext("/cgi-bin/token", exchange -> reply(exchange.getResponseBody(), exchange,
                "{\"access_token\":\"itest-token\",\"expires_in\":7200}"));
        wechat.createContext("/cgi-bin/message/template/send", exchange -> {
            received.add(exchange.getRequestURI().getQuery() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            reply(exchange.getResponseBody(), exchange, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":7}");
        });
        wechat.start();
        try {
            Dictionary<String, Object> settings = new Hashtable<>();
            settings.put("apiBase", "http://127.0.0.1:" + wechat.getAddress().getPort());
            settings.put("appId", "wxitest");
            settings.put("appSecret", "itest-secret");
            settings.put("defaultTemplateId", "tpl-itest");
            configurations.getConfiguration("io.autoshop.notify.wechat", "?").update(settings);

            long customer = createCustomer("孙丽", "13500004444");
            features.installFeature(FEATURE);
            // Until the resource is published the PUT gets 404, as an unknown path does.
            await(() -> put("/wechat/bindings/" + customer, "{\"openId\":\"" + OPEN_ID + "\"}", null)
                    .statusCode() == 200);
            expect(422, put("/wechat/bindings/" + customer, "{\"openId\":\"bad id\"}", null));
            expect(404, put("/wechat/bindings/999999", "{\"openId\":\"" + OPEN_ID + "\"}", null));

            features.uninstallFeature(FEATURE);
            expect(404, get("/wechat/bindings/" + customer));
            features.installFeature(FEATURE);
            await(() -> get("/wechat/bindings/" + customer).statusCode() == 200);
            assertEquals(OPEN_ID, expect(200, get("/wechat/bindings/" + customer)).get("openId").asText());
            assertEquals(core, CoreServices.ids(bundleContext));

            long order = createOrder(createVehicle(customer, "鲁B13579"));
            await(() -> expect(200, get("/work-orders/" + order + "/notices")).at("/items/0/state").asText()
                    .equals("SENT"));
            assertEquals(1, received.size());
            String request = received.get(0);
            assertEquals("access_token=itest-token", request.substring(0, request.indexOf(' ')));
            JsonNode body = json.readTree(request.substring(request.indexOf(' ') + 1));
            assertEquals(OPEN_ID, body.get("touser").asText());
            assertEquals("tpl-itest", body.get("template_id").asText());
            assertEquals("鲁B13579", body.at("/data/keyword2/value").asText());
        } finally {
            wechat.stop(0);
        }
    }

    /** A condition polled until it holds. */
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 20 s");
            }
            Thread.sleep(100);
        }
    }

    private static void reply(OutputStream out, com.sun.net.httpserver.HttpExchange exchange, String body)
            throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (out) {
            out.write(bytes);
        }
    }
}
