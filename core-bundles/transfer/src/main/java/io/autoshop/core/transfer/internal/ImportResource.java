package io.autoshop.core.transfer.internal;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.ValidationException;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Uploads of legacy data files and the reports of their imports.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/imports")
@Produces("application/json;charset=UTF-8")
@RequiresPermission(Permissions.IMPORTS)
public final class ImportResource {

    private final ImportJobs jobs;

    @Activate
    public ImportResource(@Reference ImportJobs jobs) {
        this.jobs = jobs;
    }

    /**
     * Starts an import from the multipart fields {@code file}, {@code kind}, {@code dryRun} and {@code mapping}.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(FormDataMultiPart form) {
        if (form == null) {
            throw new ValidationException("file", "is required");
        }
        FormDataBodyPart file = form.getField("file");
        if (file == null) {
            throw new ValidationException("file", "is required");
        }
        String kind = value(form, "kind");
        if (kind == null) {
            throw new ValidationException("kind", "is required: CUSTOMERS, VEHICLES, PARTS or WORK_ORDERS");
        }
        boolean dryRun = dryRun(value(form, "dryRun"));
        String mapping = value(form, "mapping");
        String fileName = file.getContentDisposition() == null ? null : file.getContentDisposition().getFileName();

        byte[] content = read(file);
        ImportReport report = jobs.start(kind, fileName, content, dryRun, mapping);
        return Response.accepted(report).location(UriBuilder.fromPath(RestExtension.BASE_PATH)
                .path("imports").path(String.valueOf(report.id())).build()).build();
    }

    @GET
    @Path("/{id}")
    public ImportReport get(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        long importId;
        try {
            importId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new io.autoshop.api.NotFoundException("Import " + id + " was not found");
        }
        return jobs.get(importId, Messages.prefersChinese(language));
    }

    @GET
    public Page<ImportReport> list(@QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
        return jobs.list(PageRequest.of(limit, offset));
    }

    private static String value(FormDataMultiPart form, String name) {
        FormDataBodyPart part = form.getField(name);
        if (part == null) {
            return null;
        }
        String value = part.getValue();
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean dryRun(String text) {
        if (text == null) {
            return false;
        }
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "on":
                return true;
            case "false", "0", "no", "off":
                return false;
            default:
                throw new ValidationException("dryRun", "must be true or false, got '" + text + "'");
        }
    }

    private static byte[] read(FormDataBodyPart file) {
        try (InputStream in = file.getValueAs(InputStream.class)) {
            byte[] content = in.readNBytes(ImportJobs.MAX_FILE_BYTES + 1);
            if (content.length > ImportJobs.MAX_FILE_BYTES) {
                throw new ValidationException("file", "must be at most " + ImportJobs.MAX_FILE_BYTES + " bytes");
            }
            return content;
        } catch (IOException e) {
            throw new ValidationException("file", "could not be read: " + e.getMessage());
        }
    }
}
