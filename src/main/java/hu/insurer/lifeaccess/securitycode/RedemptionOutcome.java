package hu.insurer.lifeaccess.securitycode;

/** The portal API's answers (docs/architecture.md, "Interfaces"). An unknown customer and a wrong code both give {@link #INVALID_CODE}. */
public enum RedemptionOutcome {
    REGISTERED,
    EXTENDED,
    INVALID_CODE,
    CODE_EXPIRED,
    CODE_ALREADY_USED,
    CODE_LOCKED;

    public boolean isSuccess() {
        return this == REGISTERED || this == EXTENDED;
    }
}
