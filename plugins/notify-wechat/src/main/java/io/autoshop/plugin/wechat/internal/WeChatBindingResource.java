package io.autoshop.plugin.wechat.internal;

import io.autoshop.api.NotFoundException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.customer.CustomerService;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.RequiresPermission;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds a customer to the OpenID that the shop's Official Account assigned to them:
 * {@code PUT|GET|DELETE /api/v1/wechat/bindings/{customerId}} with {@code {"openId": "..."}}.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/wechat/bindings/{customerId}")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequiresPermission(WeChatPermissions.BINDINGS)
public final class WeChatBindingResource {

    /** OpenIDs seen in practice are 28 characters. The pattern allows some room because WeChat fixes no length. */
    private static final Pattern OPEN_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Logger LOG = LoggerFactory.getLogger(WeChatBindingResource.class);

    private final WeChatChannel channel;
    private final CustomerService customers;

    @Activate
    public WeChatBindingResource(@Reference WeChatChannel channel, @Reference CustomerService customers) {
        this.channel = channel;
        this.customers = customers;
    }

    @GET
    public Map<String, Object> get(@PathParam("customerId") long customerId) throws SQLException {
        customers.getCustomer(customerId);
        String openId = channel.bindings().openId(customerId)
                .orElseThrow(() -> new NotFoundException("Customer " + customerId + " has no WeChat binding"));
        return Map.of("customerId", customerId, "openId", openId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> bind(@PathParam("customerId") long customerId, Map<String, Object> body)
            throws SQLException {
        Object openId = body == null ? null : body.get("openId");
        if (!(openId instanceof String) || !OPEN_ID.matcher((String) openId).matches()) {
            throw new ValidationException("openId", "must be an OpenID of 16 to 64 letters, digits, '-' or '_'");
        }
        customers.getCustomer(customerId);
        channel.bindings().bind(customerId, (String) openId, System.currentTimeMillis());
        LOG.info("Customer {} bound a WeChat account", customerId);
        return Map.of("customerId", customerId, "openId", openId);
    }

    @DELETE
    public Response unbind(@PathParam("customerId") long customerId) throws SQLException {
        customers.getCustomer(customerId);
        if (!channel.bindings().unbind(customerId)) {
            throw new NotFoundException("Customer " + customerId + " has no WeChat binding");
        }
        LOG.info("Customer {} removed the WeChat binding", customerId);
        return Response.noContent().build();
    }
}
