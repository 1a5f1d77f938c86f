package hu.insurer.lifeaccess.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameKeysTest {

    @Test
    void accentedNameAndItsPlainSpellingHaveTheSameKey() {
        assertThat(NameKeys.normalize("Szabó Győző")).isEqualTo("szabo gyozo").isEqualTo(NameKeys.normalize("szabo gyozo"));
    }

    @ParameterizedTest
    @CsvSource({
            "áéíóöőúüű, aeiooouuu",
            "ÁÉÍÓÖŐÚÜŰ, aeiooouuu",
            "ŐRSÉG, orseg",
            "Tóth Ödön, toth odon",
            "Kovács István, kovacs istvan",
            "Nagy Éva, nagy eva"})
    void hungarianAccentsAndCaseAreRemoved(String name, String key) {
        assertThat(NameKeys.normalize(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
            "François Müller, francois muller",
            "Dvořák Čapek, dvorak capek",
            "Łukasz Ñandú, łukasz nandu",
            "İlknur Şahin, ilknur sahin"})
    void otherLatinDiacriticsAreRemoved(String name, String key) {
        assertThat(NameKeys.normalize(name)).isEqualTo(key);
    }

    @Test
    void precomposedAndDecomposedInputGiveTheSameKey() {
        assertThat(NameKeys.normalize("Gyo\u030Bzo\u030B")).isEqualTo(NameKeys.normalize("Győző")).isEqualTo("gyozo");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Szabó-Győző  Dr.|szabo gyozo dr",
            "Kis és Társa Kft.|kis es tarsa kft",
            "O'Brien|o brien",
            "dr.Kiss|dr kiss",
            "Kis & Társa, Bt.|kis tarsa bt"})
    void punctuationBecomesSpaceAndWhitespaceCollapses(String name, String key) {
        assertThat(NameKeys.normalize(name)).isEqualTo(key);
    }

    @Test
    void anyWhitespaceCollapsesToOneSpace() {
        assertThat(NameKeys.normalize("  Nagy\t\tÉva \n Kiss\u00A0Ágnes ")).isEqualTo("nagy eva kiss agnes");
    }

    @Test
    void digitsAreKept() {
        assertThat(NameKeys.normalize("Ház 2000 Kft.")).isEqualTo("haz 2000 kft");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-.'", " . "})
    void nothingButPunctuationGivesAnEmptyKey(String name) {
        assertThat(NameKeys.normalize(name)).isEmpty();
        assertThat(NameKeys.tokens(name)).isEmpty();
    }

    @Test
    void tokensAreTheWordsOfTheKey() {
        assertThat(NameKeys.tokens("Szabó-Győző  Dr.")).containsExactly("szabo", "gyozo", "dr");
        assertThat(NameKeys.tokens("Kis és Társa Kft.")).containsExactly("kis", "es", "tarsa", "kft");
    }

    @Test
    void tokensAreDistinctInOrderOfFirstAppearance() {
        assertThat(NameKeys.tokens("Kovács Kovacs István KOVÁCS")).containsExactly("kovacs", "istvan");
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> NameKeys.normalize(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> NameKeys.tokens(null)).isInstanceOf(NullPointerException.class);
    }
}
