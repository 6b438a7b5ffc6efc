package org.edgarbatch.admin;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a refusal raised on purpose (404, 400, 409, ... and RESTEasy's own 403 for a missing role) as
 * JSON, keeping the headers the refusal set, such as {@code Location} or a challenge.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String message = exception.getMessage() != null && !exception.getMessage().startsWith("HTTP ")
                ? exception.getMessage()
                : defaultMessage(status.getStatusCode());
        Response.ResponseBuilder answer = Response.fromResponse(ApiError.response(status, message));
        String challenge = original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        if (challenge != null) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        if (original.getLocation() != null) {
            answer.location(original.getLocation());
        }
        return answer.build();
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 401 -> "sign in with a user of the application realm";
            case 403 -> "your roles do not allow this";
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 406 -> "this resource answers JSON";
            case 415 -> "send JSON (Content-Type: application/json)";
            default -> "the request was refused";
        };
    }
}
