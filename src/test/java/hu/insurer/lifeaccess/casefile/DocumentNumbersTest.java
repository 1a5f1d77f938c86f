package hu.insurer.lifeaccess.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    private final DocumentNumbers numbers = new DocumentNumbers("a-test-key-of-sixteen-chars");

    @Test
    void spacesHyphensAndCaseDoNotMakeAnotherDocument() {
        assertThat(numbers.hash("123456 ab")).isEqualTo(numbers.hash("123456-AB")).isEqualTo(numbers.hash("123456AB"));
        assertThat(numbers.hash("123456AB")).isNotEqualTo(numbers.hash("123456AC")).hasSize(64);
    }

    @Test
    void anotherKeyGivesAnotherHash() {
        assertThat(new DocumentNumbers("another-key-of-sixteen").hash("123456AB")).isNotEqualTo(numbers.hash("123456AB"));
    }

    @Test
    void onlyTheLastThreeCharactersAreShown() {
        assertThat(DocumentNumbers.masked("123456 ab")).isEqualTo("******6AB");
        assertThat(DocumentNumbers.masked("AB")).isEqualTo("******AB");
        assertThat(DocumentNumbers.masked("******6AB")).isEqualTo("******6AB");
        assertThat(DocumentNumbers.masked(null)).isNull();
    }
}
