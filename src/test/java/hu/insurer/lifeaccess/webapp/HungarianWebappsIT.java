package hu.insurer.lifeaccess.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import hu.insurer.lifeaccess.support.IntegrationTest;

/**
 * The webapps as served over HTTP: each one's config.js is this application's override (the webjar's original,
 * every line kept, with Hungarian added to the locales), and its locales/hu.json and the page-language script are
 * there; English stays the fallback.
 */
class HungarianWebappsIT extends IntegrationTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theServedConfigIsTheWebjarsWithHungarianAddedAndEnglishAsFallback(String app) throws IOException {
        String original = webjarText(APP + app + "/scripts/config.js");

        HttpResponse<String> served = http().get("/camunda/app/" + app + "/scripts/config.js", null);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).contains("availableLocales: ['hu', 'en']", "fallbackLocale: 'en'",
                "'../lifeaccess-webapps/l10n.js'");
        original.lines().forEach(line -> assertThat(served.body()).contains(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theHungarianLocaleFileIsServed(String app) {
        HttpResponse<String> served = http().get("/camunda/app/" + app + "/locales/hu.json?bust=7.24.0", null);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(served.body()).contains("\"labels\"", "\"SAVE\": \"Mentés\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit"})
    void tasklistAndCockpitSpeakTheTermsOfTheGuide(String app) {
        String labels = http().get("/camunda/app/" + app + "/locales/hu.json", null).body();

        assertThat(labels).contains("\"PAGE_LOGIN_SIGN_IN_ACTION\": \"Bejelentkezés\"");
        if (app.equals("tasklist")) {
            assertThat(labels).contains("\"CLAIM_TASK\": \"Átvétel\"", "\"COMPLETE\": \"Befejezés\"",
                    "\"START_PROCESS\": \"Folyamat indítása\"", "\"SEARCH_PLACEHOLDER\": \"Feladatok szűrése\"");
        } else {
            assertThat(labels).contains("\"COCKPIT_PROCESSES\": \"Folyamatok\"",
                    "\"DASHBOARD_OPEN_INCIDENTS\": \"Nyitott incidensek\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theUserStylesheetImportsTheSharedOne(String app) {
        HttpResponse<String> served = http().get("/camunda/app/" + app + "/styles/user-styles.css", null);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).contains("@import url(\"../../lifeaccess-webapps/user-styles.css\")");
        HttpResponse<String> shared = http().get("/camunda/app/lifeaccess-webapps/user-styles.css", null);
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).contains("[cam-widget-footer] a {");
    }

    @Test
    void theL10nScriptIsServedAsJavaScript() {
        HttpResponse<String> served = http().get("/camunda/app/lifeaccess-webapps/l10n.js", null);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
        assertThat(served.body()).contains("document.documentElement.lang");
    }

    private String webjarText(String path) throws IOException {
        List<URL> copies = Collections.list(getClass().getClassLoader().getResources(path));
        URL original = copies.stream().filter(url -> url.toString().contains("camunda-webapp-webjar")).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not in the camunda-webapp-webjar"));
        try (InputStream in = original.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
