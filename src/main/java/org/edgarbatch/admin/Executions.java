package org.edgarbatch.admin;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.edgarbatch.ingest.IngestProgress;

/**
 * Executions as the operator sees them: the job repository's record, corrected by the batch runtime for those
 * under way (JBeret keeps STOPPING in memory only), marked when a dead server left them running, and with the
 * actions their state allows.
 */
@ApplicationScoped
public class Executions {

    /** The chunk step whose reader publishes {@link IngestProgress}. */
    private static final String INGEST_STEP = "ingest-documents";

    private final JobOperator operator = BatchRuntime.getJobOperator();

    @Inject
    JobExecutionRepository repository;

    @Inject
    DeploymentLifetime deployment;

    @Inject
    IngestProgress ingestProgress;

    public Page<ExecutionView> page(JobExecutionRepository.Filter filter, Paging paging) {
        Page<ExecutionRow> rows = repository.page(filter, paging);
        Map<Long, Long> latest = repository.latestOfInstances(rows.items().stream().map(ExecutionRow::instanceId)
                .distinct().toList());
        return rows.map(row -> view(row, latest.getOrDefault(row.instanceId(), row.id())));
    }

    /** @throws NotFoundException when there is no such execution */
    public ExecutionRow row(long executionId) {
        return repository.find(executionId)
                .orElseThrow(() -> new NotFoundException("no execution " + executionId));
    }

    public ExecutionView view(long executionId) {
        ExecutionRow row = row(executionId);
        return view(row, latestOfInstance(row));
    }

    /** @return What the action rules need to know about the execution now. */
    public ExecutionAction.State state(ExecutionRow row) {
        return new ExecutionAction.State(row.id(), live(row).status(), serverStopped(row), latestOfInstance(row));
    }

    public ExecutionView view(ExecutionRow row, long latestOfInstance) {
        ExecutionRow live = live(row);
        ExecutionAction.State state = new ExecutionAction.State(live.id(), live.status(), serverStopped(row),
                latestOfInstance);
        return new ExecutionView(live.id(), live.instanceId(), live.job(), live.status(), live.exitStatus(),
                state.serverStopped(), live.createTime(), live.startTime(), live.endTime(), live.lastUpdatedTime(),
                ExecutionAction.allowed(state));
    }

    /** @return Whether the execution is under way on this server now (not one a dead server left running). */
    public boolean running(ExecutionRow row) {
        return !serverStopped(row) && live(row).recordedRunning();
    }

    public ExecutionDetail detail(long executionId) {
        ExecutionRow row = row(executionId);
        List<ExecutionRow> instance = repository.ofInstance(row.instanceId());
        long latest = instance.isEmpty() ? row.id() : instance.get(instance.size() - 1).id();
        ExecutionView execution = view(row, latest);
        boolean live = !execution.serverStopped() && (execution.status() == BatchStatus.STARTING
                || execution.status() == BatchStatus.STARTED || execution.status() == BatchStatus.STOPPING);
        Map<String, StepMetrics> sums = repository.instanceMetrics(row.instanceId(), row.id());
        List<ExecutionDetail.Step> steps = repository.steps(executionId).stream()
                .map(step -> new ExecutionDetail.Step(step.name(), step.status().name(), step.exitStatus(),
                        step.startTime(), step.endTime(), firstLine(step.failure()), step.metrics(),
                        sums.getOrDefault(step.name(), step.metrics()),
                        live && step.endTime() == null ? progress(executionId, step.name()) : null))
                .toList();
        return new ExecutionDetail(execution, parameters(executionId),
                instance.stream().map(other -> view(other, latest)).toList(), steps);
    }

    /** @return Whether the execution was left running by a server (or deployment) that is gone. */
    public boolean serverStopped(ExecutionRow row) {
        return row.recordedRunning() && row.createTime() != null && row.createTime().isBefore(deployment.started());
    }

    /**
     * @return The execution as the batch runtime holds it while the repository records it as under way: JBeret
     *     keeps STOPPING in memory only, and sets the end in memory a moment before it writes it.
     */
    private ExecutionRow live(ExecutionRow row) {
        if (!row.recordedRunning() || serverStopped(row)) {
            return row;
        }
        JobExecution execution;
        try {
            execution = operator.getJobExecution(row.id());
        } catch (NoSuchJobExecutionException e) {
            return row;
        }
        return new ExecutionRow(row.id(), row.instanceId(), row.job(), execution.getBatchStatus(),
                execution.getExitStatus(), row.createTime(), instant(execution.getStartTime(), row.startTime()),
                instant(execution.getEndTime(), row.endTime()), instant(execution.getLastUpdatedTime(), row.lastUpdatedTime()));
    }

    private static Instant instant(Date live, Instant recorded) {
        return live == null ? recorded : live.toInstant();
    }

    private long latestOfInstance(ExecutionRow row) {
        return repository.latestOfInstances(List.of(row.instanceId())).getOrDefault(row.instanceId(), row.id());
    }

    private ExecutionDetail.Progress progress(long executionId, String step) {
        if (INGEST_STEP.equals(step)) {
            return ingestProgress.of(executionId).map(files -> new ExecutionDetail.Progress(files.done(), files.total()))
                    .orElse(new ExecutionDetail.Progress(0, 0));
        }
        return new ExecutionDetail.Progress(0, 0);
    }

    /** @return The job parameters, without JBeret's own ({@code jberet.*}). */
    private Map<String, String> parameters(long executionId) {
        Map<String, String> parameters = new TreeMap<>();
        Properties properties;
        try {
            properties = operator.getParameters(executionId);
        } catch (NoSuchJobExecutionException e) {
            return parameters;
        }
        if (properties != null) {
            properties.stringPropertyNames().stream().filter(name -> !name.startsWith("jberet."))
                    .forEach(name -> parameters.put(name, properties.getProperty(name)));
        }
        return parameters;
    }

    static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
    }
}
