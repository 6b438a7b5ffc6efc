package org.edgarbatch.admin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.NoMoreTimeoutsException;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The schedule that starts {@code nightly}: one persistent calendar timer whose expression comes from the
 * configuration or from what an operator set through {@code PUT /schedule}. Each fire starts the job through
 * {@link JobLauncher} with the schedule's parameters and {@code runDate}, the fire's date in the schedule's
 * time zone, and is recorded with its outcome. Because the timer is persistent and kept while its schedule is
 * unchanged, a fire missed while the server was down happens once when it is back, not once per missed night.
 */
@Singleton
@Startup
// Jobs are started and fires recorded outside a transaction: JBeret writes its job repository itself, and a
// fire's record must stay even when the start fails.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlySchedule {

    /** The job the schedule starts. */
    public static final String JOB = "nightly";

    /** The job parameter each fire sets to its date; an operator cannot set it on the schedule. */
    public static final String RUN_DATE = "runDate";

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class);

    @Resource
    TimerService timerService;

    @Inject
    JobLauncher launcher;

    @Inject
    ScheduleStore store;

    @Inject
    @ConfigProperty(name = "edgar.schedule.nightly")
    String configuredExpression;

    @Inject
    @ConfigProperty(name = "edgar.schedule.enabled")
    boolean configuredEnabled;

    @Inject
    @ConfigProperty(name = "edgar.schedule.time-zone")
    Optional<String> configuredTimeZone;

    private ZoneId zone;

    /** The schedule in force: the configuration, overridden by what an operator set. */
    public record Settings(boolean enabled, String expression, ZoneId zone, SortedMap<String, String> parameters) {
    }

    @PostConstruct
    void start() {
        zone = timeZone();
        Settings settings = settings();
        if (settings.enabled()) {
            checkExpression(settings);
        }
        applySettings(settings);
    }

    /** A fire of the timer. */
    @Timeout
    public void fire(Timer timer) {
        if (!isCurrent(timer)) {
            // Its expiry waited for the lock while an operator disabled or changed the schedule.
            LOG.infof("Ignored a fire of a schedule timer replaced meanwhile");
            return;
        }
        launch(ScheduleFire.Trigger.TIMER);
    }

    /** Starts the job now, as a fire would, and records it as a fire. */
    public ScheduleFire runNow() {
        return launch(ScheduleFire.Trigger.RUN_NOW);
    }

    /**
     * Stores what an operator changed and replaces the timer to match; a null {@code enabled} or
     * {@code expression} hands the value back to the configuration.
     *
     * @param change what to change; the caller has checked the expression with {@link CronExpression}
     */
    public void change(ScheduleChange change) {
        Optional<ScheduleSetting> stored = store.setting(JOB);
        Boolean enabled = change.setsEnabled() ? change.enabled() : stored.map(ScheduleSetting::getEnabled).orElse(null);
        String expression = change.setsExpression() ? change.expression()
                : stored.map(ScheduleSetting::getExpression).orElse(null);
        String parameters = change.parameters() != null ? toJson(change.parameters())
                : stored.map(ScheduleSetting::getParameters).orElse("{}");
        store.saveSetting(JOB, enabled, expression, parameters);
        LOG.infof("Schedule of %s changed: enabled %s, expression %s, parameters %s (null: as configured)", JOB,
                enabled, expression, parameters);
        applySettings(settings());
    }

    @Lock(LockType.READ)
    public Settings settings() {
        Optional<ScheduleSetting> stored = store.setting(JOB);
        boolean enabled = stored.map(ScheduleSetting::getEnabled).orElse(configuredEnabled);
        String expression = stored.map(ScheduleSetting::getExpression).orElse(configuredExpression);
        SortedMap<String, String> parameters = stored.map(setting -> fromJson(setting.getParameters()))
                .orElseGet(TreeMap::new);
        return new Settings(enabled, expression, zone, parameters);
    }

    /**
     * The next run of a job as the schedule has it, for {@code GET /jobs} and {@code GET /schedule}.
     *
     * @param job a job name
     * @return When the timer next starts the job: empty for a job the schedule does not start, and while the
     *     schedule is disabled or its expression has no time left.
     */
    @Lock(LockType.READ)
    public Optional<Instant> nextRun(String job) {
        if (!JOB.equals(job)) {
            return Optional.empty();
        }
        for (Timer timer : timerService.getTimers()) {
            try {
                return Optional.of(timer.getNextTimeout().toInstant());
            } catch (NoMoreTimeoutsException | NoSuchObjectLocalException e) {
                // No time left in the expression, or cancelled meanwhile: no next run from this timer.
            }
        }
        return Optional.empty();
    }

    private ScheduleFire launch(ScheduleFire.Trigger trigger) {
        Instant firedAt = Instant.now();
        Settings settings = settings();
        Properties parameters = new Properties();
        parameters.putAll(settings.parameters());
        parameters.setProperty(RUN_DATE, firedAt.atZone(settings.zone()).toLocalDate().toString());
        ScheduleFire fire;
        try {
            long execution = launcher.start(JOB, parameters);
            fire = new ScheduleFire(JOB, firedAt, trigger, ScheduleFire.Outcome.STARTED, execution, null);
            LOG.infof("Schedule fire (%s) started execution %d of %s with %s", trigger, execution, JOB, parameters);
        } catch (ActionRefusedException e) {
            fire = new ScheduleFire(JOB, firedAt, trigger, ScheduleFire.Outcome.SKIPPED, null, e.getMessage());
            LOG.warnf("Schedule fire (%s) skipped: %s", trigger, e.getMessage());
        } catch (RuntimeException e) {
            fire = new ScheduleFire(JOB, firedAt, trigger, ScheduleFire.Outcome.FAILED_TO_START, null, reasonOf(e));
            LOG.errorf(e, "Schedule fire (%s) could not start %s", trigger, JOB);
        }
        return store.record(fire);
    }

    /**
     * Keeps the timer whose schedule is unchanged (so that WildFly fires a missed expiration once), replaces one
     * whose schedule changed, and cancels it when the schedule is disabled.
     */
    private void applySettings(Settings settings) {
        String info = settings.enabled() ? timerInfo(settings) : null;
        Timer kept = null;
        for (Timer timer : timerService.getTimers()) {
            if (kept == null && timer.isPersistent() && info != null && info.equals(timer.getInfo())) {
                kept = timer;
            } else {
                LOG.infof("Cancelling the schedule timer \"%s\"", timer.getInfo());
                timer.cancel();
            }
        }
        if (!settings.enabled()) {
            LOG.infof("The schedule of %s is disabled", JOB);
            return;
        }
        if (kept == null) {
            ScheduleExpression calendar = CronExpression.parse(settings.expression(), settings.zone());
            kept = timerService.createCalendarTimer(calendar, new TimerConfig(info, true));
            LOG.infof("Scheduled %s; next run %s", info, nextTimeoutOf(kept));
        } else {
            LOG.infof("Kept the schedule timer %s; next run %s", info, nextTimeoutOf(kept));
        }
    }

    private boolean isCurrent(Timer timer) {
        Settings settings = settings();
        try {
            return settings.enabled() && timerInfo(settings).equals(timer.getInfo());
        } catch (NoSuchObjectLocalException e) {
            return false;
        }
    }

    private ZoneId timeZone() {
        String configured = configuredTimeZone.map(String::trim).filter(id -> !id.isEmpty()).orElse(null);
        if (configured == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(configured);
        } catch (DateTimeException e) {
            throw new IllegalStateException("edgar.schedule.time-zone: \"" + configured + "\" is not a time zone", e);
        }
    }

    private static void checkExpression(Settings settings) {
        try {
            CronExpression.parse(settings.expression(), settings.zone());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the schedule of " + JOB + " \"" + settings.expression() + "\": "
                    + e.getMessage(), e);
        }
    }

    /** @return What identifies the schedule a timer was made for: the same text means the same schedule. */
    private static String timerInfo(Settings settings) {
        return JOB + " at \"" + settings.expression().trim() + "\" (" + settings.zone().getId() + ")";
    }

    private static Object nextTimeoutOf(Timer timer) {
        try {
            return timer.getNextTimeout().toInstant();
        } catch (NoMoreTimeoutsException e) {
            return "never (no time left in the expression)";
        }
    }

    private static String reasonOf(RuntimeException failure) {
        StringBuilder reason = new StringBuilder();
        for (Throwable cause = failure; cause != null && reason.length() < ScheduleFire.MAX_REASON;
             cause = cause.getCause()) {
            if (!reason.isEmpty()) {
                reason.append(": ");
            }
            reason.append(cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
        }
        return reason.toString();
    }

    private static String toJson(Map<String, String> parameters) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        new TreeMap<>(parameters).forEach(object::add);
        return object.build().toString();
    }

    private static SortedMap<String, String> fromJson(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            SortedMap<String, String> parameters = new TreeMap<>();
            object.forEach((name, value) -> parameters.put(name, ((JsonString) value).getString()));
            return parameters;
        }
    }
}
