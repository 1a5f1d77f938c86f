package hu.insurer.lifeaccess.customer.search;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import hu.insurer.lifeaccess.customer.CustomerCondition;
import hu.insurer.lifeaccess.customer.NameKeys;
import hu.insurer.lifeaccess.customer.SearchKeys;

/**
 * The search criteria as an SQL condition on {@code customer c}, all criteria combined with AND. The condition is
 * built from fixed fragments only; every value the agent typed is a bound parameter.
 *
 * <ul>
 * <li>name and mother's name: every word typed is the prefix of a word of the name, ignoring case and accents
 * ("kovacs ist" finds Kovács István);</li>
 * <li>postcode/city: leading digits are the postcode (exact), the rest a prefix of the city name ignoring case and
 * accents ("1138 Budapest", "1138", "buda");</li>
 * <li>street: a prefix of the street name ignoring case and accents ("vaci" finds Váci út);</li>
 * <li>document number: ignoring case and spaces; licence plate: ignoring case, spaces and hyphens;</li>
 * <li>contract number, licence plate, product group and AHL/HL: the customer is the contracting party of such a
 * contract;</li>
 * <li>every other criterion: equal.</li>
 * </ul>
 */
final class CustomerQuery implements CustomerCondition {

    private static final Pattern POSTCODE_CITY = Pattern.compile("([0-9]+)?\\s*(.*)");

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    private CustomerQuery() {
    }

    /**
     * @throws IllegalArgumentException when no criterion identifies customers (see
     *         {@link CustomerSearchCriteria#hasIdentifyingCriterion()}; a malformed birth date does not count), so the
     *         search would list everybody
     */
    static CustomerQuery of(CustomerSearchCriteria criteria) {
        CustomerQuery query = new CustomerQuery();
        criteria.parsedBirthDate().ifPresent(query::birthDate);
        query.equal("c.id_document_number", "documentNumber", SearchKeys.documentNumber(criteria.documentNumber()));
        query.equal("c.tax_id", "taxId", criteria.taxId());
        query.equal("c.customer_card_number", "customerCardNumber", criteria.customerCardNumber());
        query.contractParty("k.contract_number", "contractNumber", criteria.contractNumber());
        query.contractParty("k.licence_plate_key", "licencePlate", SearchKeys.licencePlate(criteria.licencePlate()));
        query.wordPrefixes(criteria.name(), criteria.motherName(), !query.conditions.isEmpty());
        if (query.conditions.isEmpty()) {
            throw new IllegalArgumentException("A customer search needs at least one identifying criterion");
        }
        query.equal("c.customer_type", "customerType", criteria.customerType());
        query.equal("c.id_document_type", "documentType", criteria.documentType());
        query.equal("c.country", "country", criteria.country());
        query.postcodeCity(criteria.postcodeCity());
        query.placePrefix("c.street_key", "street", criteria.street());
        query.equal("c.house_number", "houseNumber", criteria.houseNumber());
        if (criteria.productGroup() != null) {
            query.conditions.add(hasContract("k.product_group = :productGroup"));
            query.parameters.addValue("productGroup", criteria.productGroup(), Types.VARCHAR);
        }
        if (Boolean.TRUE.equals(criteria.ahlHl())) {
            query.conditions.add(hasContract("k.ahl_hl = TRUE"));
        }
        return query;
    }

    @Override
    public String condition() {
        return String.join("\n AND ", conditions);
    }

    @Override
    public MapSqlParameterSource parameters() {
        return parameters;
    }

    private void equal(String column, String parameter, String value) {
        if (value != null && !value.isEmpty()) {
            conditions.add(column + " = :" + parameter);
            parameters.addValue(parameter, value, Types.VARCHAR);
        }
    }

    private void birthDate(LocalDate birthDate) {
        conditions.add("c.birth_date = :birthDate");
        parameters.addValue("birthDate", birthDate, Types.DATE);
    }

    /**
     * One subquery joins a token row per word typed, so that the database intersects the customers of each word
     * inside the token index (index-only). Longer words come first: they tend to match fewer tokens, which helps a
     * planner that keeps the written join order.
     *
     * <p>A name may match thousands of customers. When an exact criterion already narrows the search, the words are
     * checked per candidate (EXISTS); otherwise they find the candidates (IN). PostgreSQL plans both alike, but H2
     * lets an IN subquery drive the search even where the birth date index would find a handful of rows at once.
     * Finding the candidates by two or more words of the name, the two longest are one range of word pairs
     * ({@link #namePair}) instead of two token ranges to intersect.
     */
    private void wordPrefixes(String name, String motherName, boolean perCandidate) {
        List<Map.Entry<String, String>> words = new ArrayList<>();
        List<String> nameWords = new ArrayList<>(NameKeys.tokens(name == null ? "" : name));
        if (!perCandidate) {
            namePair(nameWords);
        }
        nameWords.forEach(word -> words.add(Map.entry(SearchKeys.NAME_FIELD, word)));
        NameKeys.tokens(motherName == null ? "" : motherName)
                .forEach(word -> words.add(Map.entry(SearchKeys.MOTHER_FIELD, word)));
        if (words.isEmpty()) {
            return;
        }
        words.sort(Comparator.comparingInt((Map.Entry<String, String> word) -> word.getValue().length()).reversed());
        StringBuilder subquery = new StringBuilder(perCandidate
                ? "EXISTS (SELECT 1 FROM customer_name_token w0"
                : "c.id IN (SELECT w0.customer_id FROM customer_name_token w0");
        StringBuilder where = new StringBuilder(perCandidate ? " WHERE w0.customer_id = c.id AND " : " WHERE ");
        for (int i = 0; i < words.size(); i++) {
            String alias = "w" + i;
            String range = alias + ".field = '" + words.get(i).getKey() + "' AND " + alias + ".token >= :" + alias
                    + "From AND " + alias + ".token < :" + alias + "To";
            if (i == 0) {
                where.append(range);
            } else {
                subquery.append(" JOIN customer_name_token ").append(alias).append(" ON ").append(alias)
                        .append(".customer_id = w0.customer_id AND ").append(range);
            }
            parameters.addValue(alias + "From", SearchKeys.tokenBytes(words.get(i).getValue()), Types.VARBINARY);
            parameters.addValue(alias + "To", SearchKeys.prefixUpperBound(words.get(i).getValue()), Types.VARBINARY);
        }
        conditions.add(subquery.append(where).append(")").toString());
    }

    /**
     * The customers with two different words of the name that start with the two longest words typed, from
     * customer_name_pair; takes those two out of {@code words}. Not when one typed word starts with the other: one
     * word of the name may then match both, and a pair is of two different words.
     */
    private void namePair(List<String> words) {
        if (words.size() < 2) {
            return;
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        String first = words.get(0);
        String second = words.get(1);
        if (first.startsWith(second)) {
            return;
        }
        conditions.add("c.id IN (SELECT p.customer_id FROM customer_name_pair p WHERE p.first_token >= :pairFirstFrom"
                + " AND p.first_token < :pairFirstTo AND p.second_token >= :pairSecondFrom"
                + " AND p.second_token < :pairSecondTo)");
        parameters.addValue("pairFirstFrom", SearchKeys.tokenBytes(first), Types.VARBINARY);
        parameters.addValue("pairFirstTo", SearchKeys.prefixUpperBound(first), Types.VARBINARY);
        parameters.addValue("pairSecondFrom", SearchKeys.tokenBytes(second), Types.VARBINARY);
        parameters.addValue("pairSecondTo", SearchKeys.prefixUpperBound(second), Types.VARBINARY);
        words.subList(0, 2).clear();
    }

    private void postcodeCity(String typed) {
        if (typed == null) {
            return;
        }
        Matcher matcher = POSTCODE_CITY.matcher(typed);
        matcher.matches();
        equal("c.postcode", "postcode", matcher.group(1));
        placePrefix("c.city_key", "city", matcher.group(2));
    }

    // Place keys hold only letters, digits and single spaces (NameKeys.normalize), so no LIKE wildcard can slip in.
    private void placePrefix(String column, String parameter, String typed) {
        String key = typed == null ? "" : NameKeys.normalize(typed);
        if (!key.isEmpty()) {
            conditions.add(column + " LIKE :" + parameter);
            parameters.addValue(parameter, key + "%", Types.VARCHAR);
        }
    }

    // An identifying contract criterion finds the contracts first (by their index), then their parties.
    private void contractParty(String column, String parameter, String value) {
        if (value != null && !value.isEmpty()) {
            conditions.add("c.id IN (SELECT k.contracting_party_id FROM contract k WHERE " + column + " = :"
                    + parameter + ")");
            parameters.addValue(parameter, value, Types.VARCHAR);
        }
    }

    // Product group and AHL/HL match too many contracts to start from: they are checked per candidate customer.
    private static String hasContract(String condition) {
        return "EXISTS (SELECT 1 FROM contract k WHERE k.contracting_party_id = c.id AND " + condition + ")";
    }
}
