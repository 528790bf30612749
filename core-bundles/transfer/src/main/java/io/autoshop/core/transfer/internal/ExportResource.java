package io.autoshop.core.transfer.internal;

import io.autoshop.api.NotFoundException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.core.persistence.ShopClock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads of customers, vehicles, parts with stock, and work orders as CSV (UTF-8 with a byte order mark, so that
 * Excel opens it correctly) or .xlsx, in the columns the importer reads.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/exports")
@RequiresPermission(Permissions.EXPORTS)
public final class ExportResource {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Logger LOG = LoggerFactory.getLogger(ExportResource.class);

    private final Exporter exporter;
    private final ShopClock clock;

    @Activate
    public ExportResource(@Reference Exporter exporter, @Reference ShopClock clock) {
        this.exporter = exporter;
        this.clock = clock;
    }

    @GET
    @Path("/{kind}")
    public Response export(@PathParam("kind") String kindName, @QueryParam("format") String format) {
        TransferKind kind = TransferKind.parse(kindName);
        if (kind == null) {
            throw new NotFoundException("Export '" + kindName + "' was not found: use customers, vehicles, parts "
                    + "or work-orders");
        }
        String type = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase(Locale.ROOT);
        if (!type.equals("csv") && !type.equals("xlsx")) {
            throw new ValidationException("format", "must be csv or xlsx, got '" + format + "'");
        }

        List<List<String>> rows = exporter.rows(kind);
        List<String> headers = Exporter.headers(kind);
        byte[] content = type.equals("csv") ? CsvFiles.write(headers, rows)
                : XlsxFiles.write(kind.name().toLowerCase(Locale.ROOT), headers, rows);
        String fileName = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + DateTimeFormatter.BASIC_ISO_DATE.format(clock.today()) + "." + type;
        LOG.info("Exported {} {} rows as {}", rows.size(), kind, type);
        return Response.ok(content, type.equals("csv") ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").build();
    }
}
