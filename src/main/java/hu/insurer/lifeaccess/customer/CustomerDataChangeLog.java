package hu.insurer.lifeaccess.customer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log of customer data changes: who changed what, when, from what to what, in which case. */
@Repository
public class CustomerDataChangeLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    public CustomerDataChangeLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the audit record and returns it, so that the case can record the same change at the same time. */
    public CustomerDataChange record(long customerId, String field, String oldValue, String newValue, String changedBy,
            String processInstanceId) {
        OffsetDateTime changedAt = OffsetDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO customer_data_change (customer_id, field_name, old_value, new_value, changed_by,
                    changed_at, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(customerId, field, oldValue, newValue, changedBy, changedAt, processInstanceId)
                .update();
        return new CustomerDataChange(field, oldValue, newValue, changedBy, changedAt);
    }

    /** The mobile number the case found before it first changed it, when it changed it and there was one. */
    public Optional<String> mobileNumberBefore(String processInstanceId) {
        return jdbc.sql("""
                SELECT old_value FROM customer_data_change
                WHERE process_instance_id = ? AND field_name = ? ORDER BY changed_at, id""")
                .params(processInstanceId, CustomerDataCorrection.MOBILE_NUMBER_FIELD)
                .query((rs, row) -> Optional.ofNullable(rs.getString("old_value")))
                .stream().findFirst().flatMap(value -> value);
    }
}
