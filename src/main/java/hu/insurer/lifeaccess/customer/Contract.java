package hu.insurer.lifeaccess.customer;

import java.time.LocalDate;

/** An insurance contract of which the customer is the contracting party. */
public record Contract(
        Long id,
        String contractNumber,
        String productCode,
        String productName,
        ProductGroup productGroup,
        long contractingPartyId,
        ContractStatus status,
        LocalDate riskStart,
        LocalDate riskEnd,
        String licencePlateOrLocation,
        boolean ownCare,
        boolean ahlHl) {

    public Contract withContractingParty(long customerId) {
        return new Contract(id, contractNumber, productCode, productName, productGroup, customerId, status, riskStart,
                riskEnd, licencePlateOrLocation, ownCare, ahlHl);
    }
}
