package hu.insurer.lifeaccess.customer;

import java.time.OffsetDateTime;

/** One recorded change of a customer's data: which field, from what to what, by whom, when. */
public record CustomerDataChange(String field, String oldValue, String newValue, String changedBy,
        OffsetDateTime changedAt) {
}
