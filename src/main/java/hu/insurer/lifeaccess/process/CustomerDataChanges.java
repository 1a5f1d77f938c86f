package hu.insurer.lifeaccess.process;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import hu.insurer.lifeaccess.customer.CustomerDataChange;

/**
 * The case's own record of the customer data changed in it: the Json list {@code customerDataChanges}, one
 * {@code {field, oldValue, newValue, changedBy, changedAt}} entry per change, oldest first, so that auditors read it
 * from the case's history (the customer_data_change table stays the domain's audit log). {@code changedAt} is an
 * ISO-8601 instant in UTC with milliseconds.
 */
final class CustomerDataChanges {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> ENTRIES = new TypeReference<>() {
    };

    /** The list so far (null or empty when nothing was changed yet) with {@code change} appended. */
    static JsonValue append(JsonValue recordedSoFar, CustomerDataChange change) {
        List<Map<String, Object>> entries = new ArrayList<>(entriesOf(recordedSoFar));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("field", change.field());
        entry.put("oldValue", change.oldValue());
        entry.put("newValue", change.newValue());
        entry.put("changedBy", change.changedBy());
        entry.put("changedAt", change.changedAt().toInstant().truncatedTo(ChronoUnit.MILLIS).toString());
        entries.add(entry);
        try {
            return SpinValues.jsonValue(MAPPER.writeValueAsString(entries)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the customer data changes as JSON", e);
        }
    }

    static List<Map<String, Object>> entriesOf(JsonValue recorded) {
        String json = recorded == null ? null : recorded.getValueSerialized();
        if (json == null && recorded != null && recorded.getValue() != null) {
            json = recorded.getValue().toString();
        }
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, ENTRIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The variable " + ProcessConstants.Variable.CUSTOMER_DATA_CHANGES
                    + " is not a list of changes", e);
        }
    }

    private CustomerDataChanges() {
    }
}
