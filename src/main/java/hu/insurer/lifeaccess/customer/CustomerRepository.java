package hu.insurer.lifeaccess.customer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Clock;

import java.util.Collection;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Customers, their contracts and portal accounts (tables of V1__domain_schema.sql). */
@Repository
public class CustomerRepository {

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

    public Optional<Customer> findById(long id) {
        return jdbc.sql("""
                SELECT id, customer_type, family_name, given_name, company_name, birth_name, mother_name, birth_date,
                       birth_place, tax_id, id_document_type, id_document_number, country, postcode, city, street,
                       house_number, customer_card_number, mobile_number, data_processing_declaration
                FROM customer WHERE id = ?""")
                .param(id)
                .query((rs, row) -> new Customer(rs.getLong("id"), rs.getString("customer_type"),
                        rs.getString("family_name"), rs.getString("given_name"), rs.getString("company_name"),
                        rs.getString("birth_name"), rs.getString("mother_name"),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("birth_place"),
                        rs.getString("tax_id"), rs.getString("id_document_type"), rs.getString("id_document_number"),
                        new Customer.Address(rs.getString("country"), rs.getString("postcode"), rs.getString("city"),
                                rs.getString("street"), rs.getString("house_number")),
                        rs.getString("customer_card_number"), rs.getString("mobile_number"),
                        rs.getBoolean("data_processing_declaration")))
                .optional();
    }

    /** Saves a new mobile number; the caller records the audit entry in the same transaction. */
    public void updateMobileNumber(long id, String e164) {
        jdbc.sql("UPDATE customer SET mobile_number = ?, updated_at = ? WHERE id = ?")
                .params(e164, OffsetDateTime.now(clock), id).update();
    }

    public long insert(Customer customer) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO customer (customer_type, family_name, given_name, company_name, birth_name, mother_name,
                    birth_date, birth_place, tax_id, id_document_type, id_document_number, country, postcode, city,
                    street, house_number, customer_card_number, mobile_number, data_processing_declaration,
                    created_at, updated_at)
                VALUES (:type, :family, :given, :company, :birthName, :mother, :birthDate, :birthPlace, :taxId,
                    :docType, :docNumber, :country, :postcode, :city, :street, :house, :card, :mobile, :declaration,
                    :now, :now)""")
                .param("type", customer.customerType())
                .param("family", customer.familyName())
                .param("given", customer.givenName())
                .param("company", customer.companyName())
                .param("birthName", customer.birthName())
                .param("mother", customer.motherName())
                .param("birthDate", customer.birthDate())
                .param("birthPlace", customer.birthPlace())
                .param("taxId", customer.taxId())
                .param("docType", customer.idDocumentType())
                .param("docNumber", customer.idDocumentNumber())
                .param("country", customer.address().country())
                .param("postcode", customer.address().postcode())
                .param("city", customer.address().city())
                .param("street", customer.address().street())
                .param("house", customer.address().houseNumber())
                .param("card", customer.customerCardNumber())
                .param("mobile", customer.mobileNumber())
                .param("declaration", customer.dataProcessingDeclaration())
                .param("now", now)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public long insertContract(Contract contract) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO contract (contract_number, product_code, product_name, product_group,
                    contracting_party_id, status, risk_start, risk_end, licence_plate_or_location, own_care, ahl_hl)
                VALUES (:number, :code, :name, :productGroup, :party, :status, :riskStart, :riskEnd, :plate,
                    :ownCare, :ahlHl)""")
                .param("number", contract.contractNumber())
                .param("code", contract.productCode())
                .param("name", contract.productName())
                .param("productGroup", contract.productGroup())
                .param("party", contract.contractingPartyId())
                .param("status", contract.status())
                .param("riskStart", contract.riskStart())
                .param("riskEnd", contract.riskEnd())
                .param("plate", contract.licencePlateOrLocation())
                .param("ownCare", contract.ownCare())
                .param("ahlHl", contract.ahlHl())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public void openPortalAccount(long customerId, Collection<String> scopes) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO portal_account (customer_id, created_at) VALUES (?, ?)")
                .params(customerId, now).update(key, "id");
        long accountId = key.getKeyAs(Number.class).longValue();
        for (String scope : scopes) {
            jdbc.sql("INSERT INTO portal_account_scope (portal_account_id, scope, granted_at) VALUES (?, ?, ?)")
                    .params(accountId, scope, now).update();
        }
    }
}
