package org.edgarbatch.admin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Answers a failure nobody planned for with a 500 and a reference, and writes the stack trace to the
 * server log under that reference: the client learns where to look, never the internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Exception exception) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected failure of an API request, reference %s", reference);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR,
                "unexpected failure; the server log has it under reference " + reference);
    }
}
