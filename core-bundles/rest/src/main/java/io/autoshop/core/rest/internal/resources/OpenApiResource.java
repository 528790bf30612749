package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.PublicEndpoint;
import io.autoshop.core.rest.internal.MediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Serves the OpenAPI 3.0 description of the core API, a document kept in the bundle.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/openapi.json")
@Produces(MediaTypes.JSON)
public final class OpenApiResource {

    static final String DOCUMENT = "/openapi/openapi.json";

    private final byte[] document;

    @Activate
    public OpenApiResource() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document not found in the bundle: " + DOCUMENT);
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the OpenAPI document " + DOCUMENT, e);
        }
    }

    @PublicEndpoint
    @GET
    public byte[] document() {
        return document.clone();
    }
}
