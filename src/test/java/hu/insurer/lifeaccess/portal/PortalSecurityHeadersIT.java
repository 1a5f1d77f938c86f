package hu.insurer.lifeaccess.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import hu.insurer.lifeaccess.support.IntegrationTest;

/** The stand-in portal page and the portal API send the security headers the Camunda webapps send, and more. */
class PortalSecurityHeadersIT extends IntegrationTest {

    private static final String API = "/api/portal/security-code-redemptions";
    private static final String BODY = "{\"customerCardNumber\": \"987654321\", \"birthDate\": \"1970-01-01\", \"code\": \"2222-2222-22\"}";

    @Test
    void theWebappsSendNosniffAndForbidFraming() {
        HttpResponse<String> tasklist = http().get("/camunda/app/tasklist/default/", null);

        assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(tasklist.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
    }

    @Test
    void theStandInPageAllowsOnlyItsOwnScriptAndStyleAndNoFraming() {
        HttpResponse<String> page = http().get("/portal/", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertNoSniffingNoFraming(page);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
                "connect-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.body()).contains("<script src=\"/portal/portal.js\"></script>")
                .doesNotContain("<script>").doesNotContain("<style>").doesNotContain("style=\"");

        HttpResponse<String> script = http().get("/portal/portal.js", null);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(script.body()).contains("/portal/redemptions");
        assertThat(http().get("/portal/portal.css", null).headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/css");
        assertNoSniffingNoFraming(http().postJson("/portal/redemptions", null, BODY));
    }

    @Test
    void everyAnswerOfThePortalApiHasThem() {
        for (HttpResponse<String> answer : List.of(
                http().postJson(API, "portal", BODY),
                http().postJson(API, null, BODY),
                http().postJson(API, "portal", "{"),
                http().get("/api/portal/openapi", "portal"))) {
            assertNoSniffingNoFraming(answer);
            assertThat(answer.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'none'", "frame-ancestors 'none'");
        }
    }

    private static void assertNoSniffingNoFraming(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(answer.uri().toString()).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).as(answer.uri().toString()).hasValue("DENY");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
}
