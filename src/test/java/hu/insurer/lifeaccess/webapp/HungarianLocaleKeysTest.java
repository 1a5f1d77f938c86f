package hu.insurer.lifeaccess.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each webapp's Hungarian locale file (this application's {@code locales/hu.json}) has exactly the keys of the
 * English file in the camunda-webapp-webjar on the classpath, so that a Camunda upgrade which adds or drops keys
 * fails the build with the keys to translate or remove; and each text keeps the placeholders and markup of its
 * English original.
 */
class HungarianLocaleKeysTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    /** {{ name }}, %s / %d (moment's relative times), {} (a count), HTML tags and entities. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{[^}]*}}|%[sd]|\\{}|</?(?:a|br|strong|em|b|i|code|span|p)\\b[^>]*>|&[a-z]+;");

    /** Cockpit appends it to "instance" after a count; Hungarian keeps the singular after a number. */
    private static final String PLURAL_ENDING = "s";

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theHungarianFileHasTheKeysOfTheWebjarsEnglishFile(String app) throws IOException {
        Map<String, JsonNode> english = flatten(webjarEnglish(app));
        Map<String, JsonNode> hungarian = flatten(ours(app));

        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(hungarian.keySet());
        Set<String> extra = new TreeSet<>(hungarian.keySet());
        extra.removeAll(english.keySet());

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(missing)
                    .as("keys of %s's en.json (camunda-webapp-webjar) missing in its hu.json: translate them", app)
                    .isEmpty();
            softly.assertThat(extra)
                    .as("keys of %s's hu.json that its en.json (camunda-webapp-webjar) does not have: remove them", app)
                    .isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyTextKeepsThePlaceholdersAndMarkupOfTheEnglish(String app) throws IOException {
        Map<String, JsonNode> english = flatten(webjarEnglish(app));
        Map<String, JsonNode> hungarian = flatten(ours(app));
        List<String> differing = new ArrayList<>();
        english.forEach((key, original) -> {
            JsonNode translated = hungarian.get(key);
            if (translated == null) {
                return; // the key test names it
            }
            if (original.isTextual() != translated.isTextual()
                    || original.isTextual() && !placeholders(original.asText()).equals(placeholders(translated.asText()))
                    || original.isTextual() && original.asText().isEmpty() != translated.asText().isEmpty()
                    && !PLURAL_ENDING.equals(original.asText())) {
                differing.add(key + ": \"" + original.asText() + "\" → \"" + translated.asText() + "\"");
            }
        });
        assertThat(differing).as("%s's hu.json texts whose placeholders or markup differ from en.json", app).isEmpty();
    }

    private JsonNode webjarEnglish(String app) throws IOException {
        String path = LOCALES.formatted(app, "en");
        URL url = Collections.list(getClass().getClassLoader().getResources(path)).stream()
                .filter(candidate -> candidate.toString().contains("camunda-webapp-webjar"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not in the camunda-webapp-webjar on the classpath"));
        try (InputStream in = url.openStream()) {
            return json.readTree(in);
        }
    }

    private JsonNode ours(String app) throws IOException {
        String path = LOCALES.formatted(app, "hu");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " on the classpath").isNotNull();
            return json.readTree(in);
        }
    }

    /** dateLocales.months (a list: one value), labels.CLAIM_TASK, … */
    private static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        flatten("", root, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> flat) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), flat);
            }
        } else {
            flat.put(prefix, node);
        }
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        Collections.sort(found);
        return found;
    }
}
