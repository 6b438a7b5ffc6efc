package org.edgarbatch.admin;

import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.NoSuchJobInstanceException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * Answers what the batch runtime refuses as JSON: an unknown job or execution is a 404, a refusal of the
 * execution's state (not running, running, complete, not the most recent, cannot restart) a 409, with the
 * runtime's message and never its stack trace.
 */
@Provider
public class BatchExceptionMapper implements ExceptionMapper<BatchRuntimeException> {

    private static final Logger LOG = Logger.getLogger(BatchExceptionMapper.class);

    @Override
    public Response toResponse(BatchRuntimeException exception) {
        LOG.debugf(exception, "The batch runtime refused an API request");
        String message = exception.getMessage() != null ? exception.getMessage()
                : exception.getClass().getSimpleName().replace("Exception", "");
        if (exception instanceof NoSuchJobExecutionException || exception instanceof NoSuchJobException
                || exception instanceof NoSuchJobInstanceException) {
            return ApiError.response(Response.Status.NOT_FOUND, message);
        }
        if (exception instanceof JobSecurityException) {
            return ApiError.response(Response.Status.FORBIDDEN, message);
        }
        return ApiError.response(Response.Status.CONFLICT, "the batch runtime refused: " + message);
    }
}
