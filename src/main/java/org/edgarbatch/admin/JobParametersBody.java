package org.edgarbatch.admin;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;

/** Reads the job parameters of a start or restart: a JSON object of string values, or an empty body for none. */
public final class JobParametersBody {

    private JobParametersBody() {
    }

    /** @throws BadRequestException naming the fault when the body is not a JSON object of strings */
    public static Properties ofRequest(String body) {
        try {
            return parse(body);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** @throws IllegalArgumentException naming the fault when the body is not a JSON object of strings */
    static Properties parse(String body) {
        Properties parameters = new Properties();
        if (body == null || body.isBlank()) {
            return parameters;
        }
        JsonValue json;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            json = reader.readValue();
        } catch (JsonException e) {
            throw new IllegalArgumentException("the body must be a JSON object of job parameters: it is not valid JSON");
        }
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException("the body must be a JSON object of job parameters, not a JSON "
                    + json.getValueType().name().toLowerCase(java.util.Locale.ROOT));
        }
        for (Map.Entry<String, JsonValue> parameter : ((JsonObject) json).entrySet()) {
            if (parameter.getValue().getValueType() != JsonValue.ValueType.STRING) {
                throw new IllegalArgumentException("job parameter '" + parameter.getKey() + "' must be a string, not "
                        + parameter.getValue());
            }
            parameters.setProperty(parameter.getKey(), ((JsonString) parameter.getValue()).getString());
        }
        return parameters;
    }
}
