package org.edgarbatch.testsupport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.edgarbatch.admin.Roles;

/**
 * Deployed only with the tests: an execution's status and job parameters as JBeret's {@link JobOperator} has
 * them (and its status in the JDBC job repository, which JBeret writes a moment later), for client-side tests that must check what a server-side start passed to the job.
 */
@Path("/test-probe/executions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.BATCH_ADMIN)
public class ExecutionProbeResource {

    /** What JBeret holds for one execution. */
    public record Probe(long id, String job, String status, String statusInJobRepository,
                        Map<String, String> parameters) {
    }

    @GET
    public Probe get(@PathParam("id") long id) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            JobExecution execution = operator.getJobExecution(id);
            Map<String, String> parameters = new TreeMap<>();
            operator.getParameters(id).forEach((name, value) -> parameters.put((String) name, (String) value));
            return new Probe(id, execution.getJobName(), execution.getBatchStatus().name(),
                    JobRuns.statusInJobRepository(id).orElse(null), parameters);
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("no execution " + id);
        }
    }
}
