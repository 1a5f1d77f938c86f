package hu.insurer.lifeaccess.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CustomerEnumsTest {

    @Test
    void onlyLifeProgramAndClassicAreLifeProducts() {
        assertThat(Arrays.stream(ProductGroup.values()).filter(ProductGroup::isLife))
                .containsExactly(ProductGroup.LIFE_PROGRAM, ProductGroup.CLASSIC);
    }

    @Test
    void productGroupsHaveHungarianNames() {
        assertThat(Arrays.stream(ProductGroup.values()).map(ProductGroup::displayName))
                .containsExactly("Életprogram", "Klasszikus", "Gépjármű", "Lakás", "Utazás");
    }

    @Test
    void contractStatusesHaveHungarianNames() {
        assertThat(ContractStatus.ACTIVE.displayName()).isEqualTo("Élő");
        assertThat(ContractStatus.CANCELLED.displayName()).isEqualTo("Megszűnt");
        assertThat(ContractStatus.LAPSED.displayName()).isEqualTo("Törölt");
        assertThat(ContractStatus.EXPIRED.displayName()).isEqualTo("Lejárt");
    }

    @Test
    void documentTypesHaveHungarianNames() {
        assertThat(Arrays.stream(DocumentType.values()).map(DocumentType::displayName))
                .containsExactly("Személyazonosító igazolvány", "Útlevél", "Vezetői engedély");
    }
}
