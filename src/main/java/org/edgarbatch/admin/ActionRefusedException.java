package org.edgarbatch.admin;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** An action on a job or an execution that its present state does not allow; answered 409 with the reason. */
public class ActionRefusedException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    public ActionRefusedException(String reason) {
        super(reason, Response.Status.CONFLICT);
    }
}
