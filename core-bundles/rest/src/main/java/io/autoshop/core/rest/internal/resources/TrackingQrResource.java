package io.autoshop.core.rest.internal.resources;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.autoshop.api.ConflictException;
import io.autoshop.api.notice.NoticeOutbox;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Permissions;
import io.autoshop.api.security.RequiresPermission;
import io.autoshop.api.workorder.WorkOrder;
import io.autoshop.api.workorder.WorkOrderService;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The QR code of a work order's public progress link, as SVG, for reception to show or print for the customer.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/work-orders/{id}/tracking-qr")
public final class TrackingQrResource {

    static final String SVG = "image/svg+xml";

    private final WorkOrderService workOrders;
    private final NoticeOutbox notices;

    @Activate
    public TrackingQrResource(@Reference WorkOrderService workOrders, @Reference NoticeOutbox notices) {
        this.workOrders = workOrders;
        this.notices = notices;
    }

    @RequiresPermission({ Permissions.ORDERS_READ, Permissions.ORDERS_READ_ASSIGNED })
    @GET
    @Produces(SVG)
    public Response get(@PathParam("id") long id) {
        WorkOrder order = workOrders.get(id);
        if (order.trackingUrl() == null) {
            throw new ConflictException("Work order " + id + " has no progress link");
        }

        String link = notices.publicLink(order.trackingUrl());
        return Response.ok(svg(link), SVG).header("Cache-Control", "no-store").build();
    }

    /**
     * Draws the text as a QR code with medium error correction and a quiet zone of two modules, one SVG rectangle
     * per dark module.
     */
    static String svg(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new ConflictException("The progress link cannot be drawn as a QR code: " + e.getMessage());
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder svg = new StringBuilder(width * height * 8);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" shape-rendering=\"crispEdges\">");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return svg.append("\"/></svg>").toString();
    }
}
