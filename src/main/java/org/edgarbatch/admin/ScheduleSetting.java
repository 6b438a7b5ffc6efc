package org.edgarbatch.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What an operator changed on a job's schedule through {@code PUT /schedule}: it wins over the configuration.
 * A null {@code enabled} or {@code expression} means the configured value holds.
 */
@Entity
@Table(name = "schedule_setting")
public class ScheduleSetting {

    /** The job the schedule starts. */
    @Id
    @Column(name = "job", length = 100)
    private String job;

    @Column(name = "enabled")
    private Boolean enabled;

    @Column(name = "expression", length = 500)
    private String expression;

    /** The job parameters each fire passes, as a JSON object of strings. */
    @Column(name = "parameters", length = 4000, nullable = false)
    private String parameters;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ScheduleSetting() {
        // for JPA
    }

    ScheduleSetting(String job) {
        this.job = job;
        this.parameters = "{}";
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public String getExpression() {
        return expression;
    }

    public String getParameters() {
        return parameters;
    }

    void change(Boolean enabled, String expression, String parameters, Instant updatedAt) {
        this.enabled = enabled;
        this.expression = expression;
        this.parameters = parameters;
        this.updatedAt = updatedAt;
    }
}
