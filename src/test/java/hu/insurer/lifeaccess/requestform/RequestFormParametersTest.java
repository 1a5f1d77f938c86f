package hu.insurer.lifeaccess.requestform;

import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RequestFormParametersTest {

    @Test
    void formatsDatesTheHungarianWay() {
        RequestFormData data = new RequestFormData("Dorottya Katalin", "Magdolna István", LocalDate.of(1970, 1, 1),
                "123456789", DOROTTYA_MOBILE, RequestFormData.EXTENSION, "Teszt Ügyintéző", "Budapest",
                LocalDate.of(2025, 11, 25), "case-1");

        assertThat(RequestFormParameters.of(data))
                .containsEntry("birthDate", "1970.01.01.")
                .containsEntry("placeAndDate", "Budapest, 2025. november 25.");
    }

    @Test
    void wordsEachAccessCase() {
        RequestFormData extension = new RequestFormData("A", "B", LocalDate.of(1970, 1, 1), "1", DOROTTYA_MOBILE,
                RequestFormData.EXTENSION, "C", "Budapest", LocalDate.of(2025, 1, 1), "case");
        RequestFormData registration = new RequestFormData("A", "B", LocalDate.of(1970, 1, 1), "1", DOROTTYA_MOBILE,
                RequestFormData.REGISTRATION, "C", "Budapest", LocalDate.of(2025, 1, 1), "case");

        assertThat(RequestFormParameters.of(extension))
                .containsEntry("accessCase", "Ügyfélportál jogosultság kibővítése élet termékekre");
        assertThat(RequestFormParameters.of(registration))
                .containsEntry("accessCase", "Regisztráció az Ügyfélportálra");
    }

    @Test
    void refusesAnUnknownAccessCase() {
        assertThatThrownBy(() -> new RequestFormData("A", "B", LocalDate.of(1970, 1, 1), "1", DOROTTYA_MOBILE,
                "LIFE", "C", "Budapest", LocalDate.now(), "case"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REGISTRATION or EXTENSION");
    }
}
