package hu.insurer.lifeaccess.securitycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityCodeTest {

    @Test
    void alphabetIsCrockfordBase32() {
        assertThat(SecurityCode.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
        assertThat(SecurityCode.ALPHABET.chars().distinct().count()).isEqualTo(32);
    }

    @Test
    void groupedInFoursSeparatedByHyphens() {
        assertThat(SecurityCode.of("7KQ4M9XW2P").grouped()).isEqualTo("7KQ4-M9XW-2P");
        assertThat(SecurityCode.of("0000000000").grouped()).isEqualTo("0000-0000-00");
    }

    @Test
    void plainIsTheTenCharacters() {
        assertThat(SecurityCode.of("7KQ4M9XW2P").plain()).isEqualTo("7KQ4M9XW2P");
    }

    @Test
    void toStringIsRedacted() {
        SecurityCode code = SecurityCode.of("7KQ4M9XW2P");
        assertThat(code).hasToString("SecurityCode[****]");
        assertThat("code: " + code).doesNotContain("7KQ4", "M9XW", "2P");
        assertThat(String.valueOf(java.util.Optional.of(code))).doesNotContain("7KQ4");
    }

    @Test
    void jacksonRefusesToSerialiseIt() {
        SecurityCode code = SecurityCode.of("7KQ4M9XW2P");
        assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(code))
                .hasMessageNotContaining("7KQ4");
    }

    @Test
    void hardToMisuse() {
        assertThat(Modifier.isFinal(SecurityCode.class.getModifiers())).isTrue();
        assertThat(Serializable.class.isAssignableFrom(SecurityCode.class)).isFalse();
        assertThat(SecurityCode.of("7KQ4M9XW2P")).isNotEqualTo(SecurityCode.of("7KQ4M9XW2P"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7KQ4M9XW2", "7KQ4M9XW2PX", "7kq4m9xw2p", "7KQ4-M9XW-2P", "7KQ4M9XW2U", "7KQ4M9XW2O",
            "7KQ4M9XW2I", "7KQ4M9XW2L", "7KQ4M9XW2*"})
    void ofRefusesAnythingNotNormalisedWithoutRepeatingIt(String candidate) {
        assertThatThrownBy(() -> SecurityCode.of(candidate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("7KQ4");
    }
}
