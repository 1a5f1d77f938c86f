package hu.insurer.lifeaccess.securitycode;

import java.time.OffsetDateTime;

/** What the case may know about an issued code: its id, the masked number it went to, its expiry. */
public record IssuedCode(long securityCodeId, String sentToMasked, OffsetDateTime expiresAt) {
}
