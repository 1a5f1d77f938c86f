package hu.insurer.lifeaccess.customer;

public enum PortalScope {
    NON_LIFE,
    LIFE
}
