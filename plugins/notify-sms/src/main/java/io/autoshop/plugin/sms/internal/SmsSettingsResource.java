package io.autoshop.plugin.sms.internal;

import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.RequiresPermission;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/sms/settings}: the SMS channel's settings without the secret, to check them after a change.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/sms/settings")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequiresPermission(SmsPermissions.SETTINGS)
public final class SmsSettingsResource {

    private final SmsChannel channel;

    @Activate
    public SmsSettingsResource(@Reference SmsChannel channel) {
        this.channel = channel;
    }

    @GET
    public Map<String, Object> get() {
        SmsSettings settings = channel.settings();
        Map<String, Object> reply = new TreeMap<>();
        reply.put("configured", settings.configured());
        reply.put("endpoint", settings.endpoint());
        reply.put("regionId", settings.regionId());
        reply.put("accessKeyId", settings.accessKeyId());
        reply.put("signName", settings.signName());
        reply.put("templateCodes", new TreeMap<>(settings.templateCodes()));
        reply.put("defaultTemplateCode", settings.defaultTemplateCode());
        return reply;
    }
}
