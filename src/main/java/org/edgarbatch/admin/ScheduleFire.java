package org.edgarbatch.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One fire of the schedule (its timer, or an operator's "run now") and what came of it. */
@Entity
@Table(name = "schedule_fire", indexes = @Index(name = "ix_schedule_fire_job_fired_at", columnList = "job, fired_at"))
public class ScheduleFire {

    /** What a fire did. */
    public enum Outcome {
        /** The job started; the fire names the execution. */
        STARTED,
        /** The job was still running, so no second run started; the reason names the running execution. */
        SKIPPED,
        /** The job did not start; the reason says why. */
        FAILED_TO_START
    }

    /** What made the schedule fire. */
    public enum Trigger {
        /** The calendar timer. */
        TIMER,
        /** {@code POST /schedule/run}. */
        RUN_NOW
    }

    static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "schedule_fire_seq")
    @SequenceGenerator(name = "schedule_fire_seq", sequenceName = "schedule_fire_seq", allocationSize = 1)
    private Long id;

    @Column(name = "job", length = 100, nullable = false)
    private String job;

    @Column(name = "fired_at", nullable = false)
    private Instant firedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "fire_trigger", length = 20, nullable = false)
    private Trigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20, nullable = false)
    private Outcome outcome;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "reason", length = MAX_REASON)
    private String reason;

    protected ScheduleFire() {
        // for JPA
    }

    ScheduleFire(String job, Instant firedAt, Trigger trigger, Outcome outcome, Long executionId, String reason) {
        this.job = job;
        this.firedAt = firedAt;
        this.trigger = trigger;
        this.outcome = outcome;
        this.executionId = executionId;
        this.reason = reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    public Instant getFiredAt() {
        return firedAt;
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public String getReason() {
        return reason;
    }
}
