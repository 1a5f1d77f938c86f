package hu.insurer.lifeaccess.casefile;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.securitycode.SecurityCodeHasher;

/**
 * Identity document numbers are kept only as a keyed hash (to compare, e.g. when a case is disputed) and their last
 * three characters (to show). The key is the application's secret key; the input is prefixed so that a document
 * hash can never equal a security code hash.
 */
@Component
public class DocumentNumbers {

    static final int SHOWN_CHARACTERS = 3;
    private static final String MASK = "******";
    private static final String DOMAIN = "identity-document:";

    private final SecretKeySpec key;

    DocumentNumbers(@Value("${" + SecurityCodeHasher.KEY_PROPERTY + "}") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Upper case, without spaces and hyphens: "123456 ab" and "123456-AB" are the same document. */
    static String normalised(String documentNumber) {
        return documentNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String lastCharacters(String documentNumber) {
        String normalised = normalised(documentNumber);
        return normalised.substring(Math.max(0, normalised.length() - SHOWN_CHARACTERS));
    }

    /** A document number as screens, auditors and the history see it: {@code ******6AB}; a masked one stays so. */
    public static String masked(String documentNumber) {
        if (documentNumber == null || documentNumber.isEmpty() || documentNumber.startsWith(MASK)) {
            return documentNumber;
        }
        return MASK + lastCharacters(documentNumber);
    }

    String hash(String documentNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((DOMAIN + normalised(documentNumber))
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
