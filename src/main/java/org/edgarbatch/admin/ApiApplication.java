package org.edgarbatch.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, under {@code /edgar-batch/api}. */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
