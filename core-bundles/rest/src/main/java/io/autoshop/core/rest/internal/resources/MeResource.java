package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Authenticated;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.CallerContext;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.Responses;
import io.autoshop.core.security.AuthenticationException;
import io.autoshop.core.security.Authenticator;
import io.autoshop.core.security.CurrentUser;
import io.autoshop.core.security.LoginResult;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The logged-in user's own account: read it with its permissions, change its password.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/me")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class MeResource {

    /** Body of a password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    private final Authenticator authenticator;

    @Activate
    public MeResource(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @GET
    @Authenticated
    public CurrentUser get() {
        return authenticator.currentUser(caller());
    }

    /**
     * Changes the password; every token of the user is revoked, and the reply carries a new one.
     */
    @PUT
    @Path("/password")
    @Authenticated
    public LoginResult changePassword(PasswordChange body, @Context HttpServletRequest request) {
        Responses.requireBody(body);

        return authenticator.changePassword(caller(), body.currentPassword(), body.newPassword(),
                AuthResource.clientAddress(request));
    }

    private static Caller caller() {
        return CallerContext.current().orElseThrow(() -> new AuthenticationException("No user is logged in"));
    }
}
