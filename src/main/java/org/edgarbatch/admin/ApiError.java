package org.edgarbatch.admin;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What the API answers when it refuses or fails: the HTTP status, its reason phrase and a message for
 * a person. Never a stack trace.
 */
public record ApiError(int status, String error, String message) {

    /** @return The response carrying this error as JSON. */
    public static Response response(Response.StatusType status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message))
                .build();
    }
}
