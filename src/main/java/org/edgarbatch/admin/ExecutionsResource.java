package org.edgarbatch.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The job executions: the list, one in full, and what an operator can do to one. */
@Path("/executions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.BATCH_ADMIN)
public class ExecutionsResource {

    @Inject
    Executions executions;

    @Inject
    JobLauncher launcher;

    /** @return Executions newest first, filtered by job, status and creation dates (inclusive, UTC). */
    @GET
    public Page<ExecutionView> list(@QueryParam("job") String job, @QueryParam("status") String status,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        JobExecutionRepository.Filter filter = new JobExecutionRepository.Filter(Filters.text(job),
                Filters.status(status), Filters.dayStart("from", from), Filters.dayEnd("to", to));
        return executions.page(filter, Paging.of(offset, limit));
    }

    @GET
    @Path("/{id}")
    public ExecutionDetail detail(@PathParam("id") String id) {
        return executions.detail(executionId(id));
    }

    @POST
    @Path("/{id}/stop")
    public ExecutionView stop(@PathParam("id") String id) {
        long execution = executionId(id);
        launcher.stop(execution);
        return executions.view(execution);
    }

    /** Restarts the execution, with the body's parameters overriding its own: 201 with the new execution. */
    @POST
    @Path("/{id}/restart")
    public Response restart(@PathParam("id") String id, String body, @Context UriInfo uri) {
        long execution = launcher.restart(executionId(id), JobParametersBody.ofRequest(body));
        return Response.created(uri.getBaseUriBuilder().path("executions").path(Long.toString(execution)).build())
                .entity(executions.view(execution)).build();
    }

    @POST
    @Path("/{id}/abandon")
    public ExecutionView abandon(@PathParam("id") String id) {
        long execution = executionId(id);
        launcher.abandon(execution);
        return executions.view(execution);
    }

    /** @throws jakarta.ws.rs.NotFoundException for anything but an execution id: no execution has that name */
    private static long executionId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.NotFoundException("no execution " + id);
        }
    }
}
