package hu.insurer.lifeaccess.eligibility;

/** Why the customer needs a security code. */
public enum AccessCase {
    /** No portal account yet: the code lets the customer register with life products included. */
    REGISTRATION,
    /** A portal account for non-life products exists: the code extends it to life products. */
    EXTENSION
}
