package hu.insurer.lifeaccess.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers and their contracts (tables of V1__domain_schema.sql), with the search keys of
 * V2__customer_search_keys.sql written alongside.
 */
@Repository
public class CustomerRepository {

    static final String INSERT_CUSTOMER = """
            INSERT INTO customer (customer_type, family_name, given_name, company_name, birth_name, mother_name,
                birth_date, birth_place, tax_id, id_document_type, id_document_number, country, postcode, city,
                street, house_number, customer_card_number, mobile_number, data_processing_declaration,
                created_at, updated_at, city_key, street_key)
            VALUES (:type, :family, :given, :company, :birthName, :mother, :birthDate, :birthPlace, :taxId,
                :docType, :docNumber, :country, :postcode, :city, :street, :house, :card, :mobile, :declaration,
                :now, :now, :cityKey, :streetKey)""";

    static final String INSERT_NAME_TOKEN =
            "INSERT INTO customer_name_token (customer_id, field, token) VALUES (:customer, :field, :token)";
    static final String INSERT_NAME_PAIR = "INSERT INTO customer_name_pair (first_token, second_token, customer_id)"
            + " VALUES (:first, :second, :customer)";

    static final String INSERT_CONTRACT = """
            INSERT INTO contract (contract_number, product_code, product_name, product_group,
                contracting_party_id, status, risk_start, risk_end, licence_plate_or_location, own_care, ahl_hl,
                licence_plate_key)
            VALUES (:number, :code, :name, :productGroup, :party, :status, :riskStart, :riskEnd, :plate,
                :ownCare, :ahlHl, :plateKey)""";

    private static final String CUSTOMER_COLUMNS = """
            c.id, c.customer_type, c.family_name, c.given_name, c.company_name, c.birth_name, c.mother_name,
            c.birth_date, c.birth_place, c.tax_id, c.id_document_type, c.id_document_number, c.country, c.postcode,
            c.city, c.street, c.house_number, c.customer_card_number, c.mobile_number, c.data_processing_declaration""";

    private static final RowMapper<Customer> CUSTOMER = CustomerRepository::customer;

    private final JdbcClient jdbc;
    private final Clock clock;

    public CustomerRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Long> findIdByCardNumber(String customerCardNumber) {
        return jdbc.sql("SELECT id FROM customer WHERE customer_card_number = ?")
                .param(customerCardNumber).query(Long.class).optional();
    }

    /** The customer the portal identifies by card number and birth date (both must match). */
    public Optional<Long> findIdByCardNumberAndBirthDate(String customerCardNumber, LocalDate birthDate) {
        return jdbc.sql("SELECT id FROM customer WHERE customer_card_number = ? AND birth_date = ?")
                .params(customerCardNumber, birthDate).query(Long.class).optional();
    }

    public Optional<Customer> findById(long id) {
        return jdbc.sql("SELECT " + CUSTOMER_COLUMNS + " FROM customer c WHERE c.id = ?")
                .param(id).query(CUSTOMER).optional();
    }

    /** Holds the customer's row until the transaction ends, so that concurrent changes for them queue up. */
    public void lockForUpdate(long id) {
        jdbc.sql("SELECT id FROM customer WHERE id = ? FOR UPDATE").param(id).query(Long.class).single();
    }

    /** Saves a new mobile number; the caller records the audit entry in the same transaction. */
    public void updateMobileNumber(long id, String e164) {
        jdbc.sql("UPDATE customer SET mobile_number = ?, updated_at = ? WHERE id = ?")
                .params(e164, OffsetDateTime.now(clock), id).update();
    }

    /** Stores the customer with their search keys; the identity document number is stored normalised. */
    @Transactional
    public long insert(Customer customer) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(INSERT_CUSTOMER).paramSource(customerParameters(customer, OffsetDateTime.now(clock))).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (MapSqlParameterSource token : nameTokenParameters(id, customer)) {
            jdbc.sql(INSERT_NAME_TOKEN).paramSource(token).update();
        }
        for (MapSqlParameterSource pair : namePairParameters(id, customer)) {
            jdbc.sql(INSERT_NAME_PAIR).paramSource(pair).update();
        }
        return id;
    }

    public long insertContract(Contract contract) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(INSERT_CONTRACT).paramSource(contractParameters(contract)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** The customers that the condition matches, at most {@code limit} of them, in no particular order. */
    public List<Customer> findMatching(CustomerCondition condition, int limit) {
        return jdbc.sql("SELECT " + CUSTOMER_COLUMNS + " FROM customer c WHERE " + condition.condition()
                        + " FETCH FIRST " + limit + " ROWS ONLY")
                .paramSource(condition.parameters())
                .query(CUSTOMER)
                .list();
    }

    // Explicit SQL types, so that a null needs no parameter metadata look-up (a round trip per value on PostgreSQL).
    static MapSqlParameterSource customerParameters(Customer customer, OffsetDateTime now) {
        Customer.Address address = customer.address();
        return new MapSqlParameterSource()
                .addValue("type", customer.customerType().name(), Types.VARCHAR)
                .addValue("family", customer.familyName(), Types.VARCHAR)
                .addValue("given", customer.givenName(), Types.VARCHAR)
                .addValue("company", customer.companyName(), Types.VARCHAR)
                .addValue("birthName", customer.birthName(), Types.VARCHAR)
                .addValue("mother", customer.motherName(), Types.VARCHAR)
                .addValue("birthDate", customer.birthDate(), Types.DATE)
                .addValue("birthPlace", customer.birthPlace(), Types.VARCHAR)
                .addValue("taxId", customer.taxId(), Types.VARCHAR)
                .addValue("docType", customer.idDocumentType(), Types.VARCHAR)
                .addValue("docNumber", SearchKeys.documentNumber(customer.idDocumentNumber()), Types.VARCHAR)
                .addValue("country", address.country(), Types.VARCHAR)
                .addValue("postcode", address.postcode(), Types.VARCHAR)
                .addValue("city", address.city(), Types.VARCHAR)
                .addValue("street", address.street(), Types.VARCHAR)
                .addValue("house", address.houseNumber(), Types.VARCHAR)
                .addValue("card", customer.customerCardNumber(), Types.VARCHAR)
                .addValue("mobile", customer.mobileNumber(), Types.VARCHAR)
                .addValue("declaration", customer.dataProcessingDeclaration(), Types.BOOLEAN)
                .addValue("now", now, Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("cityKey", SearchKeys.placeKey(address.city()), Types.VARCHAR)
                .addValue("streetKey", SearchKeys.placeKey(address.street()), Types.VARCHAR);
    }

    static List<MapSqlParameterSource> nameTokenParameters(long customerId, Customer customer) {
        return Stream.concat(
                        SearchKeys.nameTokens(customer).stream().map(token -> tokenParameters(customerId,
                                SearchKeys.NAME_FIELD, token)),
                        SearchKeys.motherNameTokens(customer).stream().map(token -> tokenParameters(customerId,
                                SearchKeys.MOTHER_FIELD, token)))
                .toList();
    }

    /** Every two different words of the name, in both orders (customer_name_pair). */
    static List<MapSqlParameterSource> namePairParameters(long customerId, Customer customer) {
        List<String> words = SearchKeys.nameTokens(customer);
        List<MapSqlParameterSource> pairs = new ArrayList<>();
        for (String first : words) {
            for (String second : words) {
                if (!first.equals(second)) {
                    pairs.add(new MapSqlParameterSource()
                            .addValue("first", SearchKeys.tokenBytes(first), Types.VARBINARY)
                            .addValue("second", SearchKeys.tokenBytes(second), Types.VARBINARY)
                            .addValue("customer", customerId, Types.BIGINT));
                }
            }
        }
        return pairs;
    }

    static MapSqlParameterSource contractParameters(Contract contract) {
        return new MapSqlParameterSource()
                .addValue("number", contract.contractNumber(), Types.VARCHAR)
                .addValue("code", contract.productCode(), Types.VARCHAR)
                .addValue("name", contract.productName(), Types.VARCHAR)
                .addValue("productGroup", contract.productGroup().name(), Types.VARCHAR)
                .addValue("party", contract.contractingPartyId(), Types.BIGINT)
                .addValue("status", contract.status().name(), Types.VARCHAR)
                .addValue("riskStart", contract.riskStart(), Types.DATE)
                .addValue("riskEnd", contract.riskEnd(), Types.DATE)
                .addValue("plate", contract.licencePlateOrLocation(), Types.VARCHAR)
                .addValue("ownCare", contract.ownCare(), Types.BOOLEAN)
                .addValue("ahlHl", contract.ahlHl(), Types.BOOLEAN)
                .addValue("plateKey", SearchKeys.licencePlateKey(contract), Types.VARCHAR);
    }

    private static MapSqlParameterSource tokenParameters(long customerId, String field, String token) {
        return new MapSqlParameterSource()
                .addValue("customer", customerId, Types.BIGINT)
                .addValue("field", field, Types.VARCHAR)
                .addValue("token", SearchKeys.tokenBytes(token), Types.VARBINARY);
    }

    private static Customer customer(ResultSet row, int rowNumber) throws SQLException {
        return new Customer(
                row.getLong("id"),
                CustomerType.valueOf(row.getString("customer_type")),
                row.getString("family_name"),
                row.getString("given_name"),
                row.getString("company_name"),
                row.getString("birth_name"),
                row.getString("mother_name"),
                row.getObject("birth_date", LocalDate.class),
                row.getString("birth_place"),
                row.getString("tax_id"),
                row.getString("id_document_type"),
                row.getString("id_document_number"),
                new Customer.Address(row.getString("country"), row.getString("postcode"), row.getString("city"),
                        row.getString("street"), row.getString("house_number")),
                row.getString("customer_card_number"),
                row.getString("mobile_number"),
                row.getBoolean("data_processing_declaration"));
    }
}
