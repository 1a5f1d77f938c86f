package hu.insurer.lifeaccess.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A database that already held customers at schema version 1 gets their search keys with migration 2.1, and the
 * pairs of their names' words with V7.
 */
class CustomerSearchKeysBackfillTest {

    private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
            "jdbc:h2:mem:backfill-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcClient jdbc = JdbcClient.create(dataSource);

    @Test
    void fillsTheKeysOfCustomersAndContractsStoredBefore() {
        migrate("1");
        jdbc.sql("""
                INSERT INTO customer (customer_type, family_name, given_name, mother_name, id_document_number, country,
                    postcode, city, street, house_number, customer_card_number, data_processing_declaration,
                    created_at, updated_at)
                VALUES ('PERSON', 'Szabó', 'Győző', 'Fekete Ilona', '123456 ab', 'HU', '9021', 'Győr', 'Széchenyi tér',
                    '5.', '100000002', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").update();
        long id = jdbc.sql("SELECT id FROM customer").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO contract (contract_number, product_code, product_name, product_group, contracting_party_id,
                    status, risk_start, licence_plate_or_location, own_care, ahl_hl)
                VALUES ('GFB1', 'GFB', 'Kgfb', 'MOTOR', ?, 'ACTIVE', DATE '2020-01-01', 'abc-123', FALSE, TRUE),
                       ('OTT1', 'OTT', 'Otthon', 'HOME', ?, 'ACTIVE', DATE '2020-01-01', '9021 Győr', FALSE, FALSE)""")
                .params(id, id).update();

        migrate("latest");

        assertThat(tokens("NAME")).containsExactlyInAnyOrder("szabo", "gyozo");
        assertThat(tokens("MOTHER")).containsExactlyInAnyOrder("fekete", "ilona");
        assertThat(jdbc.sql("SELECT first_token, second_token FROM customer_name_pair WHERE customer_id = ?").param(id)
                .query((row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8) + " "
                        + new String(row.getBytes(2), StandardCharsets.UTF_8)).list())
                .containsExactlyInAnyOrder("szabo gyozo", "gyozo szabo");
        assertThat(jdbc.sql("SELECT city_key || '|' || street_key || '|' || id_document_number FROM customer")
                .query(String.class).single()).isEqualTo("gyor|szechenyi ter|123456AB");
        assertThat(jdbc.sql("SELECT contract_number || '=' || COALESCE(licence_plate_key, '-') FROM contract")
                .query(String.class).list()).containsExactlyInAnyOrder("GFB1=ABC123", "OTT1=-");
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new CustomerSearchKeysBackfill()).target(target).load().migrate();
    }

    private List<String> tokens(String field) {
        return jdbc.sql("SELECT token FROM customer_name_token WHERE field = ?").param(field)
                .query((row, n) -> new String(row.getBytes("token"), StandardCharsets.UTF_8)).list();
    }
}
