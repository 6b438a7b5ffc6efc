package org.edgarbatch.admin;

import java.util.Map;

/**
 * What a {@code PUT /schedule} changes. A field not in the request is left as it is; {@code enabled} or
 * {@code expression} given as null go back to the configured value.
 *
 * @param parameters the job parameters each fire passes, replacing the previous ones; null leaves them
 */
public record ScheduleChange(boolean setsEnabled, Boolean enabled, boolean setsExpression, String expression,
                             Map<String, String> parameters) {
}
