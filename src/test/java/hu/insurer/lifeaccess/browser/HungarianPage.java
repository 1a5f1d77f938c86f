package hu.insurer.lifeaccess.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a Hungarian agent or auditor must find on every page of a webapp: the page declares lang="hu", no text of
 * the webapp is left in English (none of the webjar's en.json texts that hu.json translates differently is shown as
 * a text, placeholder, title or label), and axe-core finds nothing in the application's own content.
 */
final class HungarianPage {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    /** Value types, which Cockpit's variable tables show as the engine names them (and so do the locale files). */
    private static final List<String> TYPE_NAMES = List.of("Boolean", "Bytes", "Date", "Double", "File", "Integer",
            "Json", "Long", "Null", "Object", "Short", "String", "Xml");
    private static final Map<String, List<String>> ENGLISH = new ConcurrentHashMap<>();

    private HungarianPage() {
    }

    static List<Axe.Violation> check(Browser browser, String app, String page) {
        browser.until(page + ": <html lang=\"hu\">",
                driver -> "hu".equals(browser.script("return document.documentElement.lang;")) ? Boolean.TRUE : null);
        assertThat(englishTexts(browser, app)).as("English texts of Camunda %s on %s", app, page).isEmpty();
        List<Axe.Violation> violations = Axe.check(browser, page);
        assertThat(Axe.ofTheApplication(violations)).as("axe-core violations in the application's content on " + page)
                .isEmpty();
        return violations;
    }

    /** The webapp's English texts (of its en.json) that the page shows. */
    @SuppressWarnings("unchecked")
    static List<String> englishTexts(Browser browser, String app) {
        List<String> english = ENGLISH.computeIfAbsent(app, HungarianPage::translatedEnglish);
        return new ArrayList<>(new TreeSet<>((List<String>) browser.script("""
                const english = new Set(arguments[0]);
                const shown = [];
                const visible = element => element && element.getClientRects().length > 0
                    && getComputedStyle(element).visibility !== 'hidden';
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const text = node.textContent.replace(/\\s+/g, ' ').trim();
                  if (english.has(text) && visible(node.parentElement)) {
                    shown.push(text);
                  }
                }
                for (const element of document.body.querySelectorAll('[placeholder], [title], [aria-label]')) {
                  for (const attribute of ['placeholder', 'title', 'aria-label']) {
                    const text = (element.getAttribute(attribute) || '').trim();
                    if (english.has(text) && visible(element)) {
                      shown.push(attribute + '="' + text + '"');
                    }
                  }
                }
                return shown;
                """, english)));
    }

    /** The en.json texts with a different Hungarian text (so not "Cockpit", "OK", "CSV" and the like). */
    private static List<String> translatedEnglish(String app) {
        JsonNode english = read(LOCALES.formatted(app, "en"), true).path("labels");
        JsonNode hungarian = read(LOCALES.formatted(app, "hu"), false).path("labels");
        List<String> texts = new ArrayList<>();
        english.fields().forEachRemaining(field -> {
            String text = field.getValue().asText().trim();
            if (text.chars().filter(Character::isLetter).count() >= 3 && !TYPE_NAMES.contains(text)
                    && !text.equals(hungarian.path(field.getKey()).asText().trim())) {
                texts.add(text);
            }
        });
        return texts;
    }

    private static JsonNode read(String path, boolean fromTheWebjar) {
        try {
            URL url = Collections.list(HungarianPage.class.getClassLoader().getResources(path)).stream()
                    .filter(candidate -> candidate.toString().contains("camunda-webapp-webjar") == fromTheWebjar)
                    .findFirst().orElseThrow(() -> new AssertionError(path + " is not on the classpath"));
            try (InputStream in = url.openStream()) {
                return new ObjectMapper().readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
