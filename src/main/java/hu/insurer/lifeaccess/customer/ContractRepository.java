package hu.insurer.lifeaccess.customer;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ContractRepository {

    private final JdbcClient jdbc;

    public ContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The contracts of which the customer is the contracting party, newest risk start first. */
    public List<Contract> contractsOf(long customerId) {
        return jdbc.sql("""
                SELECT id, contract_number, product_code, product_name, product_group, contracting_party_id, status,
                       risk_start, risk_end, licence_plate_or_location, own_care, ahl_hl
                FROM contract WHERE contracting_party_id = ? ORDER BY risk_start DESC, contract_number""")
                .param(customerId)
                .query((rs, row) -> new Contract(rs.getLong("id"), rs.getString("contract_number"),
                        rs.getString("product_code"), rs.getString("product_name"),
                        ProductGroup.valueOf(rs.getString("product_group")), rs.getLong("contracting_party_id"),
                        ContractStatus.valueOf(rs.getString("status")),
                        rs.getObject("risk_start", java.time.LocalDate.class),
                        rs.getObject("risk_end", java.time.LocalDate.class),
                        rs.getString("licence_plate_or_location"), rs.getBoolean("own_care"), rs.getBoolean("ahl_hl")))
                .list();
    }
}
