package io.autoshop.core.transfer.internal;

import io.autoshop.api.rest.RestExtension;
import javax.ws.rs.core.Feature;
import javax.ws.rs.core.FeatureContext;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.osgi.service.component.annotations.Component;

/**
 * Adds Jersey's multipart/form-data support to the REST application, for file uploads.
 */
@Component(service = Object.class, property = RestExtension.PROVIDER + "=true")
public final class MultiPartSupport implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        return new MultiPartFeature().configure(context);
    }
}
