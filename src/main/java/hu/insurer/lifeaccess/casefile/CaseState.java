package hu.insurer.lifeaccess.casefile;

/**
 * Where a case stands, as the application recorded it. The steps are taken in this order; a search starts over at
 * {@link #OPENED}, a data change after printing falls back to {@link #ELIGIBLE} (the form must be printed again).
 */
public enum CaseState {
    OPENED,
    IDENTIFIED,
    ELIGIBLE,
    NOT_ELIGIBLE,
    FORM_PRINTED,
    SIGNED,
    CODE_SENT;

    boolean isBeforeSignature() {
        return this != SIGNED && this != CODE_SENT;
    }
}
