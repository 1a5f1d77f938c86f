package hu.insurer.lifeaccess.customer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Search keys for names that ignore case, accents and punctuation, so that "szabo gyozo" finds "Szabó Győző" and
 * "Szabó-Győző Dr." splits into the words {@code szabo}, {@code gyozo}, {@code dr}.
 */
public final class NameKeys {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKeys() {
    }

    /** Lower case, accents removed (NFD splits ő into o and a combining double acute), words separated by one space. */
    public static String normalize(String name) {
        Objects.requireNonNull(name, "name");
        String unaccented = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The distinct words of the normalised name, in their order of first appearance. */
    public static List<String> tokens(String name) {
        String normalized = normalize(name);
        if (normalized.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalized.split(" ")).distinct().toList();
    }
}
