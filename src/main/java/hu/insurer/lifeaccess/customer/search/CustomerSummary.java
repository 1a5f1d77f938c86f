package hu.insurer.lifeaccess.customer.search;

import java.time.format.DateTimeFormatter;

import hu.insurer.lifeaccess.customer.Customer;

/**
 * A search hit as the agent sees it in the result table ({@code customerResults}): declaration, name,
 * customer card number, birth date, mother's name and address, all ready to display.
 *
 * @param declaration whether the customer signed the data-processing declaration: "Igen" or "Nem"
 * @param birthDate {@code yyyy.MM.dd}, empty for companies
 */
public record CustomerSummary(
        long id,
        String declaration,
        String name,
        String customerCardNumber,
        String birthDate,
        String motherName,
        String address) {

    private static final DateTimeFormatter HUNGARIAN_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");
    private static final String SEPARATOR = " – ";

    static CustomerSummary of(Customer customer) {
        return new CustomerSummary(
                customer.id(),
                customer.dataProcessingDeclaration() ? "Igen" : "Nem",
                customer.displayName(),
                customer.customerCardNumber(),
                customer.birthDate() == null ? "" : HUNGARIAN_DATE.format(customer.birthDate()),
                customer.motherName() == null ? "" : customer.motherName(),
                customer.address().oneLine());
    }

    /** The entry of the selection list: name, birth date and customer card number, e.g. "Dorottya Katalin – 1970.01.01 – 123456789". */
    public String optionLabel() {
        return birthDate.isEmpty()
                ? name + SEPARATOR + customerCardNumber
                : name + SEPARATOR + birthDate + SEPARATOR + customerCardNumber;
    }
}
