package hu.insurer.lifeaccess.support;

import hu.insurer.lifeaccess.demo.DemoCustomers;

/** The demo customers of {@link DemoCustomers} as the tests meet them. */
public final class DemoCustomerFixtures {

    public static final String DOROTTYA_CARD_NUMBER = DemoCustomers.DOROTTYA_CARD_NUMBER;
    /** Dorottya's mobile number in E.164, as stored. */
    public static final String DOROTTYA_MOBILE = DemoCustomers.DOROTTYA_MOBILE_NUMBER;
    /** Dorottya's mobile number as the screens and the request form show it. */
    public static final String DOROTTYA_MOBILE_DISPLAYED = "+36 30 123 4567";

    private DemoCustomerFixtures() {
    }
}
