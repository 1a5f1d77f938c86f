package hu.insurer.lifeaccess.customer.search;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerRepository;

/** The customer search of the start form (docs/architecture.md, "The process contract"); see {@link CustomerQuery} for how each criterion matches. */
@Service
public class CustomerSearch {

    public static final int MAX_RESULTS = 50;

    // Sorting in Java rather than in SQL gives the Hungarian alphabet (Á after A, "cs" after "c") on every database.
    private static final Collator HUNGARIAN = Collator.getInstance(Locale.forLanguageTag("hu-HU"));
    private static final Comparator<Customer> ALPHABETICAL = Comparator
            .comparing((Customer customer) -> customer.isCompany() ? customer.companyName() : customer.familyName(),
                    Comparator.nullsLast(HUNGARIAN))
            .thenComparing(Customer::givenName, Comparator.nullsLast(HUNGARIAN))
            .thenComparing(Customer::birthDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Customer::id);

    private final CustomerRepository customers;

    public CustomerSearch(CustomerRepository customers) {
        this.customers = customers;
    }

    /**
     * Finds the customers that match every criterion given. The criteria should have passed
     * {@link CustomerSearchCriteriaValidator}; a malformed optional value (e.g. birth date) is ignored.
     *
     * @throws IllegalArgumentException when no criterion identifies customers
     */
    @Transactional(readOnly = true)
    public CustomerSearchResult search(CustomerSearchCriteria criteria) {
        List<Customer> found = customers.findMatching(CustomerQuery.of(criteria), MAX_RESULTS + 1);
        if (found.size() > MAX_RESULTS) {
            return CustomerSearchResult.tooMany();
        }
        return CustomerSearchResult.found(found.stream().sorted(ALPHABETICAL).map(CustomerSummary::of).toList());
    }
}
