package org.edgarbatch.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/** The jobs packaged in the application, and starting one. */
@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.BATCH_ADMIN)
public class JobsResource {

    /** A job with its latest execution and the schedule's next run of it. */
    public record Job(String name, String description, List<String> parameters, ExecutionView latestExecution,
                      Instant nextRun) {
    }

    @Context
    ServletContext servletContext;

    @Inject
    JobCatalog catalog;

    @Inject
    JobExecutionRepository repository;

    @Inject
    Executions executions;

    @Inject
    JobLauncher launcher;

    @Inject
    Instance<ScheduledRuns> schedule;

    @GET
    public List<Job> jobs() {
        return catalog.jobs(servletContext).stream()
                .map(job -> new Job(job.name(), job.description(), job.parameters(),
                        repository.latestOf(job.name()).map(row -> executions.view(row.id())).orElse(null),
                        nextRun(job.name())))
                .toList();
    }

    /** Starts the job with the body's parameters: 201 with the new execution. */
    @POST
    @Path("/{name}/start")
    public Response start(@PathParam("name") String name, String body, @Context UriInfo uri) {
        JobDefinition job = catalog.job(servletContext, name)
                .orElseThrow(() -> new NotFoundException("no job " + name));
        long execution = launcher.start(job.name(), JobParametersBody.ofRequest(body));
        return Response.created(uri.getBaseUriBuilder().path("executions").path(Long.toString(execution)).build())
                .entity(executions.view(execution)).build();
    }

    private Instant nextRun(String job) {
        return schedule.isResolvable() ? schedule.get().nextRun(job).orElse(null) : null;
    }
}
