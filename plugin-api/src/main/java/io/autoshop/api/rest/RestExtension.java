package io.autoshop.api.rest;

/**
 * Service properties by which a bundle contributes JAX-RS components to the AutoShop REST application.
 *
 * <p>Register any object annotated with {@code javax.ws.rs.Path} as an OSGi service (of any interface, or
 * {@code Object}) with the property {@link #RESOURCE} set to {@code true}; its paths are published below
 * {@code /api/v1} within a second and withdrawn when the service goes away. Providers such as exception
 * mappers or filters use {@link #PROVIDER}. A resource method throws the exceptions of {@code io.autoshop.api}
 * and the application turns them into RFC 7807 problem responses. Every resource method must declare who may call
 * it with {@link io.autoshop.api.security.RequiresPermission}, {@link io.autoshop.api.security.Authenticated} or
 * {@link io.autoshop.api.security.PublicEndpoint}, on the method or its class; the application rejects a method
 * without any of them with 403 for every caller.
 *
 * <pre>
 * &#64;Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
 * &#64;Path("/hello")
 * &#64;RequiresPermission("hello.read")
 * public class HelloResource { ... }
 * </pre>
 */
public final class RestExtension {

    /** Service property marking a JAX-RS resource. */
    public static final String RESOURCE = "autoshop.rest.resource";

    /** Service property marking a JAX-RS provider. */
    public static final String PROVIDER = "autoshop.rest.provider";

    /** Path below which all resources are published. */
    public static final String BASE_PATH = "/api/v1";

    private RestExtension() {
    }
}
