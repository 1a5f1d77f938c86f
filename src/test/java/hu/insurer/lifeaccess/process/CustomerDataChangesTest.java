package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;

import hu.insurer.lifeaccess.customer.CustomerDataChange;

class CustomerDataChangesTest {

    private static final OffsetDateTime BUDAPEST_NOON = OffsetDateTime.of(2025, 6, 2, 12, 30, 15, 123_456_789,
            ZoneOffset.ofHours(2));

    @Test
    void theFirstChangeStartsTheListWithEveryFieldAndTheTimeAsAUtcInstantInMilliseconds() {
        JsonValue list = CustomerDataChanges.append(null, new CustomerDataChange("mobile_number", DOROTTYA_MOBILE,
                "+36705551234", "agent", BUDAPEST_NOON));

        assertThat(list.getValueSerialized()).isEqualTo("[{\"field\":\"mobile_number\","
                + "\"oldValue\":\"" + DOROTTYA_MOBILE + "\","
                + "\"newValue\":\"+36705551234\",\"changedBy\":\"agent\",\"changedAt\":\"2025-06-02T10:30:15.123Z\"}]");
    }

    @Test
    void furtherChangesAreAppendedInOrderAndAMissingOldValueStaysNull() {
        JsonValue first = CustomerDataChanges.append(null, new CustomerDataChange("mobile_number", null,
                "+36205551234", "agent", BUDAPEST_NOON));
        JsonValue second = CustomerDataChanges.append(first, new CustomerDataChange("mobile_number", "+36205551234",
                "+36705551234", "agent2", BUDAPEST_NOON.plusMinutes(1)));

        assertThat(CustomerDataChanges.entriesOf(second))
                .extracting(entry -> entry.get("oldValue") + " -> " + entry.get("newValue") + " by " + entry.get("changedBy"))
                .containsExactly("null -> +36205551234 by agent", "+36205551234 -> +36705551234 by agent2");
    }

    @Test
    void valuesAreEscapedAsJson() {
        JsonValue list = CustomerDataChanges.append(SpinValues.jsonValue("[]").create(),
                new CustomerDataChange("mobile_number", "\"quoted\"", "back\\slash", "ügyintéző", BUDAPEST_NOON));

        assertThat(CustomerDataChanges.entriesOf(list)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("oldValue", "\"quoted\"")
                        .containsEntry("newValue", "back\\slash").containsEntry("changedBy", "ügyintéző"));
    }

    @Test
    void anEmptyOrMissingVariableIsAnEmptyListAndAnythingElseIsRefused() {
        assertThat(CustomerDataChanges.entriesOf(null)).isEmpty();
        assertThat(CustomerDataChanges.entriesOf(SpinValues.jsonValue("").create())).isEmpty();
        assertThatThrownBy(() -> CustomerDataChanges.entriesOf(SpinValues.jsonValue("{\"field\": 1}").create()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("customerDataChanges");
    }
}
