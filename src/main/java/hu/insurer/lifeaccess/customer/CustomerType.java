package hu.insurer.lifeaccess.customer;

public enum CustomerType {
    PERSON,
    COMPANY
}
