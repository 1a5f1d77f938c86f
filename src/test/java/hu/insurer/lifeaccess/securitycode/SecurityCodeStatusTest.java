package hu.insurer.lifeaccess.securitycode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecurityCodeStatusTest {

    @Test
    void namesAreThoseOfTheDatabaseCheckConstraint() throws IOException {
        String schema;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V4__sms_exactly_once.sql")) {
            assertThat(in).isNotNull();
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher check = Pattern.compile("ck_security_code_status\\s+CHECK \\(status IN \\(([^)]*)\\)\\)").matcher(schema);
        assertThat(check.find()).isTrue();
        String[] allowed = Arrays.stream(check.group(1).split(","))
                .map(value -> value.strip().replace("'", ""))
                .toArray(String[]::new);

        assertThat(Arrays.stream(SecurityCodeStatus.values()).map(Enum::name))
                .containsExactly(allowed)
                .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(10));
    }
}
