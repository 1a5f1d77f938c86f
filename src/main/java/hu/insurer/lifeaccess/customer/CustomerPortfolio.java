package hu.insurer.lifeaccess.customer;

import java.util.List;

import hu.insurer.lifeaccess.portalaccess.PortalScope;

/**
 * A customer to be stored together with the contracts they are the contracting party of and their portal account
 * scopes (empty: no portal account). The contracts' {@code contractingPartyId} is assigned when they are stored.
 */
public record CustomerPortfolio(Customer customer, List<Contract> contracts, List<PortalScope> portalScopes) {

    public CustomerPortfolio {
        contracts = List.copyOf(contracts);
        portalScopes = List.copyOf(portalScopes);
    }
}
