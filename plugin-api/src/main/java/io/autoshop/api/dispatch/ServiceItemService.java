package io.autoshop.api.dispatch;

import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The shop's standard service items. Names are unique ignoring case.
 */
@ProviderType
public interface ServiceItemService {

    ServiceItem createServiceItem(ServiceItemInput input);

    ServiceItem getServiceItem(long id);

    Optional<ServiceItem> findServiceItem(long id);

    /**
     * Lists the items ordered by name.
     */
    Page<ServiceItem> listServiceItems(PageRequest page);
}
