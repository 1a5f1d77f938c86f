package hu.insurer.lifeaccess.browser;

import java.nio.file.Path;

/**
 * Where the browser tests save the screens they pass: target/screenshots by default, so that a test run does not
 * change the repository; {@code -Dbrowser.screenshots=docs/screenshots} writes the agent's guide's pictures
 * (docs/ugyintezoi-utmutato.md) instead.
 */
final class Screenshots {

    static final String PROPERTY = "browser.screenshots";

    static Path directory() {
        return Path.of(System.getProperty(PROPERTY, "target/screenshots"));
    }

    private Screenshots() {
    }
}
