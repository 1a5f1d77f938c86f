package hu.insurer.lifeaccess.requestform;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalInt;

/**
 * The characters the request form's fonts can print (reports/fonts: DejaVu Sans cut down to Latin letters, combining
 * accents and a form's punctuation). A character outside them would come out as an empty box on the form the
 * customer signs; a control or formatting character (a line break, a right-to-left override) would move the text
 * around it.
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

    /** The first code point of {@code text} that does not print as a letter or sign; empty when all of it does. */
    OptionalInt firstUnprintable(String text) {
        return text.codePoints().filter(codePoint -> !printable(codePoint)).findFirst();
    }

    private boolean printable(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return false;
        }
        // Java reports some invisible characters as displayable; the types above keep them out.
        return fonts.stream().allMatch(font -> font.canDisplay(codePoint));
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
