package org.edgarbatch.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.stream.Stream;

/** Who is calling, and with which of the application's roles: the console shows what they allow. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.BATCH_ADMIN, Roles.REPORT_READER})
public class CallerResource {

    /** The signed-in user and the application roles it holds. */
    public record Caller(String user, List<String> roles) {
    }

    @GET
    public Caller me(@Context SecurityContext security) {
        List<String> roles = Stream.of(Roles.BATCH_ADMIN, Roles.REPORT_READER).filter(security::isUserInRole).toList();
        return new Caller(security.getUserPrincipal().getName(), roles);
    }
}
