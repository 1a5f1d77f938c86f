package hu.insurer.lifeaccess.customer.search;

public enum SearchOutcome {
    /** Between one and {@link CustomerSearch#MAX_RESULTS} customers: the agent picks one. */
    FOUND,
    /** Nobody matches: the agent refines the search. */
    NONE,
    /** More than {@link CustomerSearch#MAX_RESULTS} customers match: the agent narrows the search. */
    TOO_MANY
}
