package hu.insurer.lifeaccess.customer;

import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * An SQL condition on {@code customer c} for {@link CustomerRepository#findMatching}: built from fixed fragments only,
 * every value a bound parameter.
 */
public interface CustomerCondition {

    String condition();

    SqlParameterSource parameters();
}
