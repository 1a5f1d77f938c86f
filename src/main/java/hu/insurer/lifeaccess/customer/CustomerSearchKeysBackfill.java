package hu.insurer.lifeaccess.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 2.1: fills the search keys of V2__customer_search_keys.sql for the customers and contracts stored before
 * it (e.g. demo data of an earlier version), which the application would otherwise never find. The keys need
 * {@link NameKeys}, so this is Java rather than SQL; Spring Boot hands JavaMigration beans to Flyway.
 */
@Component
public class CustomerSearchKeysBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2.1");
    }

    @Override
    public String getDescription() {
        return "customer search keys of existing data";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        fillCustomerKeys(connection);
        fillLicencePlateKeys(connection);
    }

    private static void fillCustomerKeys(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("""
                        SELECT id, customer_type, family_name, given_name, company_name, mother_name, city, street,
                            id_document_number
                        FROM customer""");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE customer SET city_key = ?, street_key = ?, id_document_number = ? WHERE id = ?");
                PreparedStatement token = connection.prepareStatement(
                        "INSERT INTO customer_name_token (customer_id, field, token) VALUES (?, ?, ?)")) {
            while (row.next()) {
                long id = row.getLong("id");
                Customer customer = new Customer(id, CustomerType.valueOf(row.getString("customer_type")),
                        row.getString("family_name"), row.getString("given_name"), row.getString("company_name"), null,
                        row.getString("mother_name"), null, null, null, null, null, null, null, null, false);
                update.setObject(1, SearchKeys.placeKey(row.getString("city")), Types.VARCHAR);
                update.setObject(2, SearchKeys.placeKey(row.getString("street")), Types.VARCHAR);
                update.setObject(3, SearchKeys.documentNumber(row.getString("id_document_number")), Types.VARCHAR);
                update.setLong(4, id);
                update.addBatch();
                addTokens(token, id, SearchKeys.NAME_FIELD, SearchKeys.nameTokens(customer));
                addTokens(token, id, SearchKeys.MOTHER_FIELD, SearchKeys.motherNameTokens(customer));
            }
            update.executeBatch();
            token.executeBatch();
        }
    }

    private static void addTokens(PreparedStatement token, long customerId, String field, Iterable<String> words)
            throws SQLException {
        for (String word : words) {
            token.setLong(1, customerId);
            token.setString(2, field);
            token.setBytes(3, SearchKeys.tokenBytes(word));
            token.addBatch();
        }
    }

    private static void fillLicencePlateKeys(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery(
                        "SELECT id, licence_plate_or_location FROM contract WHERE product_group = 'MOTOR'");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE contract SET licence_plate_key = ? WHERE id = ?")) {
            while (row.next()) {
                update.setObject(1, SearchKeys.licencePlate(row.getString("licence_plate_or_location")), Types.VARCHAR);
                update.setLong(2, row.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
