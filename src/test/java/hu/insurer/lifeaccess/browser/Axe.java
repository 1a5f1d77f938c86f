package hu.insurer.lifeaccess.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * axe-core (npm, installed by {@code npm ci} into node_modules, see package.json) injected into the page the browser
 * shows. {@link #check} splits what it finds into the application's own content (the Camunda Forms, the audit
 * plugin: these must have no violation) and the webapps' own (printed, once per rule and element, for the record).
 * Without axe-core the checks are skipped with the reason printed, unless IT_REQUIRE_BROWSER=true.
 */
final class Axe {

    static final Path SCRIPT = Path.of(System.getProperty("browser.axe", "node_modules/axe-core/axe.min.js"));
    /** What the application renders itself: form-js forms (start dialog and task view), the Cockpit audit plugin. */
    static final String APPLICATION_CONTENT = ".fjs-container, .la-audit";
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static String source;
    private static boolean skipReported;
    /** The webapps' violations printed so far (page and rule), so that each is printed once per test JVM. */
    private static final Set<String> REPORTED = new LinkedHashSet<>();

    record Violation(String rule, String impact, String help, List<String> targets, boolean application) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " " + targets;
        }
    }

    private Axe() {
    }

    /** The axe-core source, or null where it is not installed (and not required). */
    static synchronized String source() {
        if (source == null && Files.isReadable(SCRIPT)) {
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (source == null) {
            String reason = SCRIPT.toAbsolutePath() + " is missing (run npm ci in the project's directory)";
            if ("true".equalsIgnoreCase(System.getenv(BrowserAvailableCondition.REQUIRE_BROWSER_ENV))) {
                throw new IllegalStateException(reason + " (" + BrowserAvailableCondition.REQUIRE_BROWSER_ENV
                        + "=true: failing, not skipping the accessibility checks)");
            }
            if (!skipReported) {
                skipReported = true;
                System.out.println("[axe] SKIPPED the accessibility checks: " + reason);
            }
        }
        return source;
    }

    /**
     * Runs axe over the whole page; prints the webapps' own violations not printed before and returns all of them
     * (empty where axe-core is not installed).
     */
    static List<Violation> check(Browser browser, String page) {
        String axe = source();
        if (axe == null) {
            return List.of();
        }
        if (Boolean.FALSE.equals(browser.script("return typeof window.axe === 'object';"))) {
            browser.script(axe);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const ownContent = arguments[0];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[1]}, resultTypes: ['violations']})
                  .then(results => done(results.violations.flatMap(violation => {
                    const nodes = violation.nodes.map(node => {
                      const selector = node.target[node.target.length - 1];
                      const element = typeof selector === 'string' ? document.querySelector(selector) : null;
                      return {target: String(selector), own: !!(element && element.closest(ownContent))};
                    });
                    return [true, false].map(own => ({rule: violation.id, impact: violation.impact || '',
                        help: violation.help, own: own,
                        targets: nodes.filter(node => node.own === own).map(node => node.target)}))
                      .filter(group => group.targets.length > 0);
                  })))
                  .catch(error => done([{rule: 'axe-error', impact: 'critical', help: String(error), own: true,
                      targets: []}]));
                """, APPLICATION_CONTENT, TAGS);
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> entry : found) {
            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) entry.get("targets");
            Violation violation = new Violation((String) entry.get("rule"), (String) entry.get("impact"),
                    (String) entry.get("help"), targets, Boolean.TRUE.equals(entry.get("own")));
            violations.add(violation);
            if (!violation.application()) {
                synchronized (REPORTED) {
                    if (REPORTED.add(page + " " + violation.rule())) {
                        System.out.println("[axe] " + page + ": the webapp's own: " + violation.rule() + " ("
                                + violation.impact() + ") " + violation.help() + ": " + targets.size()
                                + " element(s), e.g. " + shortened(targets.get(0)));
                    }
                }
            }
        }
        return violations;
    }

    private static String shortened(String target) {
        return target.length() <= 140 ? target : target.substring(0, 137) + "...";
    }

    /** The violations in the application's own content (must be none). */
    static List<Violation> ofTheApplication(List<Violation> violations) {
        return violations.stream().filter(Violation::application).toList();
    }
}
