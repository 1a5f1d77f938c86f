package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_OPTIONS;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_RESULTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import hu.insurer.lifeaccess.customer.search.CustomerSummary;

/**
 * The identification screen's "Ügyfél találati lista" (a table with the seed's columns) and the choice of
 * customer (options {label, value}), as Json variables, in the same order.
 */
final class SearchResultsScreen {

    /** The keys of a result row: the identification form's table shows these columns (ModelContractTest). */
    static final Set<String> RESULT_COLUMNS =
            Set.of("declaration", "name", "customerCardNumber", "birthDate", "motherName", "address");

    static Map<String, Object> variables(List<CustomerSummary> customers) {
        return Map.of(
                CUSTOMER_RESULTS, JsonVariables.json(customers.stream().map(SearchResultsScreen::row).toList()),
                CUSTOMER_OPTIONS, JsonVariables.json(customers.stream().map(SearchResultsScreen::option).toList()));
    }

    /** The same two variables narrowed to the chosen customer. */
    static Map<String, Object> onlyChosen(VariableScope scope, long customerId) {
        List<SpinJsonNode> rows = elements(scope, CUSTOMER_RESULTS);
        List<SpinJsonNode> options = elements(scope, CUSTOMER_OPTIONS);
        List<String> keptRows = new ArrayList<>();
        List<String> keptOptions = new ArrayList<>();
        for (int i = 0; i < options.size() && i < rows.size(); i++) {
            if (String.valueOf(customerId).equals(options.get(i).prop("value").stringValue())) {
                keptRows.add(rows.get(i).toString());
                keptOptions.add(options.get(i).toString());
            }
        }
        return Map.of(
                CUSTOMER_RESULTS, SpinValues.jsonValue("[" + String.join(",", keptRows) + "]").create(),
                CUSTOMER_OPTIONS, SpinValues.jsonValue("[" + String.join(",", keptOptions) + "]").create());
    }

    private static List<SpinJsonNode> elements(VariableScope scope, String variable) {
        JsonValue value = scope.getVariableTyped(variable);
        return value == null || value.getValue() == null ? List.of() : value.getValue().elements();
    }

    private static Map<String, String> row(CustomerSummary customer) {
        return Map.of(
                "declaration", customer.declaration(),
                "name", customer.name(),
                "customerCardNumber", customer.customerCardNumber(),
                "birthDate", customer.birthDate(),
                "motherName", customer.motherName() == null ? "" : customer.motherName(),
                "address", customer.address());
    }

    private static Map<String, String> option(CustomerSummary customer) {
        return Map.of("label", customer.optionLabel(), "value", String.valueOf(customer.id()));
    }

    private SearchResultsScreen() {
    }
}
