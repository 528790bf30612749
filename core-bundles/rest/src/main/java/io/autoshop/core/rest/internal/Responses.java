package io.autoshop.core.rest.internal;

import io.autoshop.api.Page;
import java.net.URI;
import java.util.List;
import javax.ws.rs.BadRequestException;
import javax.ws.rs.core.Response;

/**
 * Builders for common responses: entities with their version as ETag, creations with a Location, and plain lists
 * wrapped as a page.
 */
public final class Responses {

    private Responses() {
    }

    /**
     * Returns the request body, or raises a 400 error when it is missing or JSON {@code null}.
     */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new BadRequestException(ProblemMapper.BODY_REQUIRED);
        }
        return body;
    }

    /**
     * Returns 200 with the entity and its version as ETag.
     */
    public static Response versioned(Object entity, long version) {
        return Response.ok(entity).tag(Versions.etag(version)).build();
    }

    /**
     * Returns 201 with the location of the created resource and the entity.
     */
    public static Response created(URI location, Object entity) {
        return Response.created(location).entity(entity).build();
    }

    /**
     * Returns 201 with the location of the created resource, the entity and its version as ETag.
     */
    public static Response created(URI location, Object entity, long version) {
        return Response.created(location).entity(entity).tag(Versions.etag(version)).build();
    }

    /**
     * Wraps a complete list as one page, so that every list response has the same shape.
     */
    public static <T> Page<T> wholeList(List<T> items) {
        return new Page<>(items, items.size(), items.size(), 0);
    }
}
