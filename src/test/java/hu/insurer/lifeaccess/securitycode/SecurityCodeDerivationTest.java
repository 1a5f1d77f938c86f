package hu.insurer.lifeaccess.securitycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SecurityCodeDerivationTest {

    private final SecurityCodeDerivation derivation = new SecurityCodeDerivation("a-test-key-of-some-length");

    @Test
    void theSameSendGivesTheSameCodeOnEveryRetryAndOnEveryNode() {
        String nonce = derivation.newNonce();
        SecurityCode first = derivation.codeOf("code-42-1", nonce);
        SecurityCode again = new SecurityCodeDerivation("a-test-key-of-some-length").codeOf("code-42-1", nonce);
        assertThat(again.plain()).isEqualTo(first.plain());
    }

    @Test
    void anotherNonceAnotherKeyOrAnotherSecretGiveAnotherCode() {
        String nonce = derivation.newNonce();
        String code = derivation.codeOf("code-42-1", nonce).plain();
        assertThat(derivation.codeOf("code-42-1", derivation.newNonce()).plain()).isNotEqualTo(code);
        assertThat(derivation.codeOf("code-42-2", nonce).plain()).isNotEqualTo(code);
        assertThat(new SecurityCodeDerivation("another-secret-key-entirely").codeOf("code-42-1", nonce).plain())
                .isNotEqualTo(code);
    }

    @Test
    void noncesAre128RandomBitsInHex() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String nonce = derivation.newNonce();
            assertThat(nonce).matches("[0-9a-f]{32}");
            assertThat(seen.add(nonce)).isTrue();
        }
    }

    @Test
    void codesUseTheWholeAlphabetEvenly() {
        Map<Character, Integer> counts = new HashMap<>();
        int codes = 20_000;
        for (int i = 0; i < codes; i++) {
            for (char c : derivation.codeOf("k", derivation.newNonce()).plain().toCharArray()) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        assertThat(counts.keySet()).hasSize(SecurityCode.ALPHABET.length());
        double expected = codes * SecurityCode.LENGTH / (double) SecurityCode.ALPHABET.length();
        counts.values().forEach(count -> assertThat(count).isBetween((int) (expected * 0.9), (int) (expected * 1.1)));
    }

    @Test
    void aMissingOrShortKeyIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> new SecurityCodeDerivation("short-secret"))
                .hasMessageContaining(SecurityCodeHasher.KEY_PROPERTY).hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> new SecurityCodeDerivation(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringDoesNotPrintTheKey() {
        assertThat(derivation.toString()).doesNotContain("a-test-key");
    }
}
