package hu.insurer.lifeaccess.customer.search;

import java.util.List;
import java.util.Objects;

/**
 * What a customer search found.
 *
 * @param totalCount the number of matches up to {@link CustomerSearch#MAX_RESULTS}; one more means "more than that"
 * @param customers the matches for the agent to choose from, in alphabetical order; empty when there are too many,
 *        because a screen of arbitrary namesakes would show personal data to no purpose
 */
public record CustomerSearchResult(SearchOutcome outcome, int totalCount, List<CustomerSummary> customers) {

    static final String NONE_FEEDBACK = "Nincs a feltételeknek megfelelő ügyfél. Pontosítsa a keresést.";
    static final String TOO_MANY_FEEDBACK = "Több mint " + CustomerSearch.MAX_RESULTS
            + " találat: szűkítse a keresést, pl. születési dátummal.";

    public CustomerSearchResult {
        Objects.requireNonNull(outcome, "outcome");
        customers = List.copyOf(customers);
    }

    static CustomerSearchResult found(List<CustomerSummary> customers) {
        return new CustomerSearchResult(customers.isEmpty() ? SearchOutcome.NONE : SearchOutcome.FOUND,
                customers.size(), customers);
    }

    static CustomerSearchResult tooMany() {
        return new CustomerSearchResult(SearchOutcome.TOO_MANY, CustomerSearch.MAX_RESULTS + 1, List.of());
    }

    /** The Hungarian message for the agent when the search must be refined; empty when customers were found. */
    public String feedback() {
        return switch (outcome) {
            case FOUND -> "";
            case NONE -> NONE_FEEDBACK;
            case TOO_MANY -> TOO_MANY_FEEDBACK;
        };
    }
}
