package io.autoshop.core.rest.internal.resources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoshop.core.transfer.internal.ExportResource;
import io.autoshop.core.transfer.internal.ImportResource;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.HttpMethod;
import org.junit.jupiter.api.Test;

/**
 * Keeps the OpenAPI document in step with the resources: every operation is documented and every documented
 * operation exists.
 */
class OpenApiDocumentTest {

    private static final List<Class<?>> RESOURCES = List.of(HealthResource.class, OpenApiResource.class,
            PluginResource.class, ConsoleExtensionResource.class, CustomerResource.class, VehicleResource.class,
            VehicleHistoryResource.class, WorkOrderResource.class, PartResource.class, StockReceiptResource.class,
            EmployeeResource.class, SkillResource.class, ServiceItemResource.class, WorkloadResource.class,
            MyTasksResource.class, NoticeResource.class, TrackingResource.class, TrackingQrResource.class,
            SupplierResource.class,
            PurchaseOrderResource.class, ReorderSuggestionResource.class, StockCountResource.class,
            StockValuationResource.class, BatchTraceResource.class, PartsTraceResource.class, BackupResource.class,
            AuthResource.class, MeResource.class, UserResource.class, PermissionResource.class, RoleResource.class,
            AuditResource.class, ImportResource.class, ExportResource.class);

    private final JsonNode document = read();

    @Test
    void documentsExactlyTheImplementedOperations() {
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> {
                    if (!method.equals("parameters")) {
                        documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));

        assertEquals(implemented(), documented);
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);

        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), ref);
            assertFalse(document.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
        }
    }

    @Test
    void servesTheApiBase() {
        assertEquals("3.0.3", document.get("openapi").asText());
        assertEquals("/api/v1", document.at("/servers/0/url").asText());
    }

    @Test
    void docsFolderHoldsAnIdenticalCopy() throws IOException {
        Path copy = Path.of("..", "..", "docs", "openapi.json");
        if (!Files.exists(copy)) {
            return;
        }
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(copy),
                    "docs/openapi.json differs from the document in the bundle");
        }
    }

    private static Set<String> implemented() {
        Set<String> operations = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(javax.ws.rs.Path.class).value();
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    javax.ws.rs.Path sub = method.getAnnotation(javax.ws.rs.Path.class);
                    operations.add(verb + " " + base + (sub == null ? "" : sub.value()));
                }
            }
        }
        return operations;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    private static JsonNode read() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
