package hu.insurer.lifeaccess.process;

import java.util.Map;

import hu.insurer.lifeaccess.customer.search.CustomerSearchCriteria;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;

/** The search form's variables (start form and "Keresés pontosítása") as search criteria; absent ones are blank. */
public final class SearchForm {

    public static CustomerSearchCriteria criteria(Map<String, ?> formVariables) {
        return new CustomerSearchCriteria(
                text(formVariables, Variable.SEARCH_CUSTOMER_TYPE),
                text(formVariables, Variable.SEARCH_NAME),
                text(formVariables, Variable.SEARCH_MOTHER_NAME),
                text(formVariables, Variable.SEARCH_BIRTH_DATE),
                text(formVariables, Variable.SEARCH_DOCUMENT_TYPE),
                text(formVariables, Variable.SEARCH_DOCUMENT_NUMBER),
                text(formVariables, Variable.SEARCH_TAX_ID),
                text(formVariables, Variable.SEARCH_COUNTRY),
                text(formVariables, Variable.SEARCH_POSTCODE_CITY),
                text(formVariables, Variable.SEARCH_STREET),
                text(formVariables, Variable.SEARCH_HOUSE_NUMBER),
                text(formVariables, Variable.SEARCH_CUSTOMER_CARD_NUMBER),
                text(formVariables, Variable.SEARCH_CONTRACT_NUMBER),
                text(formVariables, Variable.SEARCH_LICENCE_PLATE),
                text(formVariables, Variable.SEARCH_PRODUCT_GROUP),
                flag(formVariables, Variable.SEARCH_AHL_HL));
    }

    private static String text(Map<String, ?> variables, String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }

    private static Boolean flag(Map<String, ?> variables, String name) {
        Object value = variables.get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : Boolean.valueOf(text);
    }

    private SearchForm() {
    }
}
