package org.edgarbatch.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Instant;

/**
 * When this deployment started. An execution the job repository still holds as running but that was created
 * before this instant was run by a server (or deployment) that is gone: nothing will ever finish it.
 */
@ApplicationScoped
public class DeploymentLifetime {

    private final Instant started = Instant.now();

    /** Creates the bean as the application starts, so the instant is the deployment's, not the first request's. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        started();
    }

    public Instant started() {
        return started;
    }
}
