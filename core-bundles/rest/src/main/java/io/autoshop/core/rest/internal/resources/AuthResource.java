package io.autoshop.core.rest.internal.resources;

import io.autoshop.api.FieldErrors;
import io.autoshop.api.rest.RestExtension;
import io.autoshop.api.security.Authenticated;
import io.autoshop.api.security.PublicEndpoint;
import io.autoshop.core.rest.internal.MediaTypes;
import io.autoshop.core.rest.internal.Responses;
import io.autoshop.core.rest.internal.SecurityFilter;
import io.autoshop.core.security.Authenticator;
import io.autoshop.core.security.LoginResult;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Login with username and password, and logout of the token in use.
 */
@Component(service = Object.class, property = RestExtension.RESOURCE + "=true")
@Path("/auth")
@Produces(MediaTypes.JSON)
@Consumes(MediaTypes.JSON)
public final class AuthResource {

    /** Body of a login. */
    public record LoginRequest(String username, String password) {
    }

    private final Authenticator authenticator;

    @Activate
    public AuthResource(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @POST
    @Path("/login")
    @PublicEndpoint
    public LoginResult login(LoginRequest body, @Context HttpServletRequest request) {
        Responses.requireBody(body);
        FieldErrors errors = new FieldErrors();
        errors.require("username", body.username());
        errors.require("password", body.password());
        errors.throwIfAny();

        return authenticator.login(body.username(), body.password(), clientAddress(request));
    }

    @POST
    @Path("/logout")
    @Authenticated
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authenticator.logout(SecurityFilter.bearerToken(authorization));

        return Response.noContent().build();
    }

    /**
     * Returns the client's address as reported by the servlet container, which is the proxy's address behind a
     * reverse proxy.
     */
    static String clientAddress(HttpServletRequest request) {
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
