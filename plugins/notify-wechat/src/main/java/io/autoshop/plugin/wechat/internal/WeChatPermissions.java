package io.autoshop.plugin.wechat.internal;

import io.autoshop.api.security.PermissionDefinition;
import io.autoshop.api.security.PermissionProvider;
import io.autoshop.api.security.UserRole;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * Publishes the permission of the WeChat plugin.
 */
@Component(service = PermissionProvider.class)
public final class WeChatPermissions implements PermissionProvider {

    /** Read, bind and unbind the WeChat account of a customer. */
    static final String BINDINGS = "wechat.bindings";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(BINDINGS, "Read, bind and unbind the WeChat account of a customer",
                Set.of(UserRole.ADVISOR)));
    }
}
