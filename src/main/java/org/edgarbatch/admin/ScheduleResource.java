package org.edgarbatch.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The schedule that starts {@code nightly}: see it, change it, or run it now ({@code docs/api.md}). */
@Path("/schedule")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.BATCH_ADMIN)
public class ScheduleResource {

    private static final int RECENT_FIRES = 20;
    private static final Set<String> FIELDS = Set.of("enabled", "expression", "parameters");

    @Inject
    NightlySchedule schedule;

    @Inject
    ScheduleStore store;

    @Inject
    Executions executions;

    @GET
    public ScheduleView get() {
        NightlySchedule.Settings settings = schedule.settings();
        List<ScheduleView.Fire> fires = store.recentFires(NightlySchedule.JOB, RECENT_FIRES).stream()
                .map(ScheduleView.Fire::of).toList();
        return new ScheduleView(NightlySchedule.JOB, settings.enabled(), settings.expression(), settings.zone().getId(),
                settings.parameters(), schedule.nextRun(NightlySchedule.JOB).orElse(null),
                fires.isEmpty() ? null : fires.get(0), fires);
    }

    /** Changes any of {@code enabled}, {@code expression} and {@code parameters}; answers the new schedule. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ScheduleView put(String body) {
        schedule.change(changeOf(body));
        return get();
    }

    /** Starts the job now with the schedule's parameters and today's run date. */
    @POST
    @Path("/run")
    public Response run(@Context UriInfo uri) {
        ScheduleFire fire = schedule.runNow();
        switch (fire.getOutcome()) {
            case STARTED -> {
                long execution = fire.getExecutionId();
                return Response.created(uri.getBaseUriBuilder().path("executions").path(String.valueOf(execution)).build())
                        .entity(executions.view(execution)).build();
            }
            case SKIPPED -> throw new ActionRefusedException(fire.getReason());
            default -> throw new IllegalStateException(NightlySchedule.JOB + " did not start: " + fire.getReason());
        }
    }

    private ScheduleChange changeOf(String body) {
        JsonObject request = parse(body);
        for (String field : request.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new BadRequestException("unknown field \"" + field + "\": the schedule takes enabled, expression"
                        + " and parameters");
            }
        }
        Boolean enabled = null;
        if (request.containsKey("enabled")) {
            JsonValue value = request.get("enabled");
            enabled = switch (value.getValueType()) {
                case TRUE -> true;
                case FALSE -> false;
                case NULL -> null;
                default -> throw new BadRequestException("enabled must be true, false, or null for the configured value");
            };
        }
        String expression = null;
        if (request.containsKey("expression")) {
            JsonValue value = request.get("expression");
            if (value.getValueType() == JsonValue.ValueType.STRING) {
                expression = ((JsonString) value).getString().trim();
                try {
                    CronExpression.parse(expression, schedule.settings().zone());
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException("expression \"" + expression + "\": " + e.getMessage());
                }
            } else if (value.getValueType() != JsonValue.ValueType.NULL) {
                throw new BadRequestException("expression must be a string, or null for the configured value");
            }
        }
        return new ScheduleChange(request.containsKey("enabled"), enabled, request.containsKey("expression"), expression,
                request.containsKey("parameters") ? parametersOf(request.get("parameters")) : null);
    }

    private static Map<String, String> parametersOf(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return Map.of();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadRequestException("parameters must be a JSON object of string values");
        }
        Map<String, String> parameters = new HashMap<>();
        value.asJsonObject().forEach((name, parameter) -> {
            if (name.isBlank()) {
                throw new BadRequestException("parameters: a parameter needs a name");
            }
            if (name.equals(NightlySchedule.RUN_DATE)) {
                throw new BadRequestException("parameters: runDate is set by each fire to its date in the schedule's"
                        + " time zone; it cannot be a schedule parameter");
            }
            if (parameter.getValueType() != JsonValue.ValueType.STRING) {
                throw new BadRequestException("parameters: the value of " + name + " must be a string");
            }
            parameters.put(name, ((JsonString) parameter).getString());
        });
        return parameters;
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadRequestException("the body must be a JSON object: " + e.getMessage());
        }
    }
}
