package org.edgarbatch.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API, under {@code /edgar-batch/api}; its OpenAPI description is served at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "edgar-batch admin API", version = "1",
                description = "Jobs, executions, rejected documents and reports of edgar-batch; see docs/api.md."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A user of WildFly's application realm (add-user.sh -a) in group batch-admin or report-reader")
public class ApiApplication extends Application {
}
