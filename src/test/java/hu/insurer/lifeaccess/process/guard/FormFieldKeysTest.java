package hu.insurer.lifeaccess.process.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FormFieldKeysTest {

    @Test
    void theIdentificationFormSubmitsTheChosenCustomerAndTheDocumentButNotItsOptionsOrResultTable() throws IOException {
        assertThat(keysOf("customer-identification")).containsExactly("customerId", "identifyDecision",
                "identityDocumentNumber", "identityDocumentType", "identityVerified");
    }

    @Test
    void laterStepsSubmitOnlyTheirDecisionsAndNeverTheCustomer() throws IOException {
        assertThat(keysOf("partner-data-review")).containsExactly("reviewDecision");
        assertThat(keysOf("signature")).containsExactly("signatureConfirmed", "signatureDecision");
        assertThat(keysOf("customer-data-correction")).containsExactly("correctionDecision", "newMobileNumber");
        assertThat(keysOf("ineligibility-notice")).containsExactly("ineligibilityAcknowledged");
    }

    @Test
    void theSearchFormsSubmitTheFieldsInsideTheirGroups() throws IOException {
        assertThat(keysOf("customer-search")).hasSize(16).contains("searchCustomerType", "searchAhlHl")
                .doesNotContain("customerId");
        assertThat(keysOf("customer-search-refine")).hasSize(17).contains("refineDecision", "searchName");
    }

    @Test
    void aPathNestsFieldsUnderItsFirstSegmentAndButtonsSubmitNothing() {
        String form = """
                {"components": [
                  {"type": "group", "path": "address.home", "components": [{"type": "textfield", "key": "city"}]},
                  {"type": "textfield", "key": "contact.email"},
                  {"type": "button", "key": "submit", "action": "submit"},
                  {"type": "text", "text": "# Cím"}]}""";
        assertThat(FormFieldKeys.of(new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("address", "contact");
    }

    private static Set<String> keysOf(String form) throws IOException {
        try (InputStream json = Files.newInputStream(Path.of("forms", form + ".form"))) {
            return FormFieldKeys.of(json);
        }
    }
}
