package hu.insurer.lifeaccess.process;

import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Json variables, which Tasklist parses for form tables and select options (plain strings it would not). */
final class JsonVariables {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonValue json(Object value) {
        try {
            return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a form variable as JSON", e);
        }
    }

    private JsonVariables() {
    }
}
