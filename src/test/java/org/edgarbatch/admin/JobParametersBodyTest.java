package org.edgarbatch.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JobParametersBodyTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "{}"})
    void readsAnEmptyBodyOrObjectAsNoParameters(String body) {
        assertEquals(new Properties(), JobParametersBody.parse(body));
    }

    @Test
    void readsStringValuesAsParameters() {
        // when
        Properties parameters = JobParametersBody.parse("{\"filingsDir\": \"/srv/edgar\", \"chunkSize\": \"10\"}");

        // then
        Properties expected = new Properties();
        expected.setProperty("filingsDir", "/srv/edgar");
        expected.setProperty("chunkSize", "10");
        assertEquals(expected, parameters);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[\"a\"]                 | the body must be a JSON object of job parameters, not a JSON array",
            "\"text\"                | the body must be a JSON object of job parameters, not a JSON string",
            "{\"chunkSize\": 10}     | job parameter 'chunkSize' must be a string, not 10",
            "{\"a\": null}           | job parameter 'a' must be a string, not null",
            "{\"a\": {\"b\": \"c\"}} | job parameter 'a' must be a string, not {\"b\":\"c\"}",
            "{filingsDir             | the body must be a JSON object of job parameters: it is not valid JSON"})
    void refusesAnythingButAnObjectOfStringsNamingTheFault(String body, String message) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> JobParametersBody.parse(body));
        assertEquals(message, refusal.getMessage());
    }
}
