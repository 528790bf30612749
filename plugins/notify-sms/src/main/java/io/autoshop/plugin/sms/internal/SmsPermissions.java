package io.autoshop.plugin.sms.internal;

import io.autoshop.api.security.PermissionDefinition;
import io.autoshop.api.security.PermissionProvider;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * Publishes the permission of the SMS plugin, which only the owner has by default.
 */
@Component(service = PermissionProvider.class)
public final class SmsPermissions implements PermissionProvider {

    /** Read the SMS settings. */
    static final String SETTINGS = "sms.settings";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(SETTINGS, "Read the SMS provider settings", Set.of()));
    }
}
