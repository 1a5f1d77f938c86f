package hu.insurer.lifeaccess.securitycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityCodeHasherTest {
    private static final String KEY = "test-key-0123456789-abcdef";
    private final SecurityCodeHasher hasher = new SecurityCodeHasher(KEY);

    private static SecurityCode code(String plain) {
        return SecurityCode.of(plain);
    }

    @Test
    void knownAnswerComputedWithJavaxCrypto() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal("7KQ4M9XW2P".getBytes(StandardCharsets.US_ASCII)));

        assertThat(hasher.hash(code("7KQ4M9XW2P"))).isEqualTo(expected);
    }

    @Test
    void knownAnswerFixedVectors() {
        // computed independently: printf '%s' 0000000000 | openssl dgst -sha256 -hmac 0123456789abcdef
        assertThat(new SecurityCodeHasher("0123456789abcdef").hash(code("0000000000")))
                .isEqualTo("302a2cb4bfc35f5b6321adfe56565559c1267e8b0fd5a5d7984f5517e620fd4a");
        // the development key of application.yaml
        assertThat(new SecurityCodeHasher("development-only-key-do-not-use-in-production").hash(code("7KQ4M9XW2P")))
                .isEqualTo("b99e7c3f33a20349c557d6eb5eb578cbe96f155ce2e675c913329e91a6025a55");
    }

    @Test
    void sixtyFourLowerCaseHexDigits() {
        assertThat(hasher.hash(RandomCodes.next())).matches("[0-9a-f]{64}");
    }

    @Test
    void sameCodeSameHash() {
        assertThat(hasher.hash(code("7KQ4M9XW2P"))).isEqualTo(hasher.hash(code("7KQ4M9XW2P")));
        assertThat(hasher.hash(code("7KQ4M9XW2P")))
                .isEqualTo(hasher.hash(SecurityCodeInput.normalize("7kq4 m9xw 2p").orElseThrow()));
    }

    @Test
    void differentCodeDifferentHash() {
        assertThat(hasher.hash(code("7KQ4M9XW2P"))).isNotEqualTo(hasher.hash(code("7KQ4M9XW2Q")));
    }

    @Test
    void differentKeyDifferentHash() {
        SecurityCodeHasher other = new SecurityCodeHasher("another-key-0123456789");
        assertThat(other.hash(code("7KQ4M9XW2P"))).isNotEqualTo(hasher.hash(code("7KQ4M9XW2P")));
    }

    @Test
    void matchesTheRightCode() {
        String stored = hasher.hash(code("7KQ4M9XW2P"));
        assertThat(hasher.matches(SecurityCodeInput.normalize("7kq4-m9xw-2p").orElseThrow(), stored)).isTrue();
        assertThat(hasher.matches("7KQ4M9XW2P", stored)).isTrue();
        assertThat(hasher.matches("7KQ4M9XW2P", stored.toUpperCase(Locale.ROOT))).isTrue();
    }

    @Test
    void doesNotMatchAnotherCodeOrKey() {
        String stored = hasher.hash(code("7KQ4M9XW2P"));
        assertThat(hasher.matches(code("7KQ4M9XW2Q"), stored)).isFalse();
        assertThat(hasher.matches("0000000000", stored)).isFalse();
        assertThat(new SecurityCodeHasher("another-key-0123456789").matches(code("7KQ4M9XW2P"), stored)).isFalse();
    }

    @Test
    void matchesRefusesAnInputThatWasNotNormalisedWithoutRepeatingIt() {
        String stored = hasher.hash(code("7KQ4M9XW2P"));
        assertThatThrownBy(() -> hasher.matches("7kq4-m9xw-2p", stored))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("7kq4").hasMessageNotContaining("7KQ4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "zz2a2cb4bfc35f5b6321adfe56565559c1267e8b0fd5a5d7984f5517e620fd4a",
            "302a2cb4bfc35f5b6321adfe56565559c1267e8b0fd5a5d7984f5517e620fd4a00"})
    void corruptStoredHashIsAnError(String stored) {
        assertThatThrownBy(() -> hasher.matches(code("7KQ4M9XW2P"), stored))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 hex digits");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void missingOrBlankKeyRefused(String key) {
        assertThatThrownBy(() -> new SecurityCodeHasher(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("life-access.security-code.hmac-key")
                .hasMessageContaining("not set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3cr3t", "fifteen-chars!!", "   short-secret   "})
    void shortKeyRefusedWithoutPrintingIt(String key) {
        assertThatThrownBy(() -> new SecurityCodeHasher(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("life-access.security-code.hmac-key")
                .hasMessageContaining("at least 16 characters")
                .hasMessageNotContaining(key.strip());
    }

    @Test
    void sixteenCharacterKeyAccepted() {
        assertThat(new SecurityCodeHasher("sixteen-chars-ok").hash(code("7KQ4M9XW2P"))).hasSize(64);
    }

    @Test
    void toStringDoesNotPrintTheKey() {
        assertThat(hasher.toString()).doesNotContain(KEY).doesNotContain("test-key");
    }

    @Test
    void threadSafe() throws Exception {
        List<SecurityCode> codes = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            SecurityCode code = RandomCodes.next();
            codes.add(code);
            expected.add(hmacHex(KEY, code.plain()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < codes.size(); i++) {
                        if (!hasher.hash(codes.get(i)).equals(expected.get(i))
                                || !hasher.matches(codes.get(i), expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String hmacHex(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
