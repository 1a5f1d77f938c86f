package hu.insurer.lifeaccess.requestform;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalInt;

/**
 * The characters the request form's fonts can print (reports/fonts: DejaVu Sans cut down to the Latin scripts).
 * A character outside them would come out as an empty box on the form the customer signs.
 */
final class ReportFonts {

    static final List<String> FILES = List.of("reports/fonts/DejaVuSansLatin.ttf",
            "reports/fonts/DejaVuSansLatin-Bold.ttf");

    private final List<Font> fonts;

    private ReportFonts(List<Font> fonts) {
        this.fonts = fonts;
    }

    static ReportFonts load() {
        return new ReportFonts(FILES.stream().map(ReportFonts::font).toList());
    }

    /** The first code point of {@code text} that one of the fonts lacks; empty when all of it prints. */
    OptionalInt firstUnprintable(String text) {
        int first = -1;
        for (Font font : fonts) {
            int index = font.canDisplayUpTo(text);
            if (index >= 0 && (first < 0 || index < first)) {
                first = index;
            }
        }
        return first < 0 ? OptionalInt.empty() : OptionalInt.of(text.codePointAt(first));
    }

    private static Font font(String resource) {
        try (InputStream file = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (file == null) {
                throw new RequestFormException("Request form font " + resource
                        + " is not on the classpath; check that the reports/ folder is packaged with the application");
            }
            return Font.createFont(Font.TRUETYPE_FONT, file);
        } catch (IOException | FontFormatException e) {
            throw new RequestFormException("Request form font " + resource + " could not be read: " + e.getMessage(),
                    e);
        }
    }
}
