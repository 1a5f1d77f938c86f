package hu.insurer.lifeaccess.securitycode;

/** Codes as a send derives them, each from a fresh nonce: for tests that need many different codes. */
final class RandomCodes {

    private static final SecurityCodeDerivation DERIVATION = new SecurityCodeDerivation("test-key-for-random-codes");

    private RandomCodes() {
    }

    static SecurityCode next() {
        return DERIVATION.codeOf("test-send", DERIVATION.newNonce());
    }
}
