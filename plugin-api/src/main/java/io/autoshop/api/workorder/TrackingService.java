package io.autoshop.api.workorder;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The customer's public progress page of a work order, reached through an unguessable token.
 */
@ProviderType
public interface TrackingService {

    /**
     * Returns what the customer may see of the order behind the token, or empty when the token is unknown or
     * expired. Tokens expire a configured time after the order was settled or cancelled.
     */
    Optional<TrackingView> find(String token);
}
