package hu.insurer.lifeaccess.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The suite's figures: each beside its baseline, their ratio, the goal and whether it is met. */
final class ResultTable {

    /** One figure; {@code baseline}, {@code goal} and {@code met} may be empty where there is none. */
    record Row(String area, String measure, String value, String baseline, String ratio, String goal, String met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String area, String measure, String value, String baseline, String ratio, String goal, Boolean met) {
        Row row = new Row(area, measure, value, baseline, ratio, goal, met == null ? "" : met ? "yes" : "**no**");
        rows.add(row);
        System.out.printf("  %-11s %-52s %14s | %14s | %7s | %-18s %s%n", area, measure, value, baseline, ratio, goal,
                row.met().replace("*", ""));
    }

    void note(String note) {
        notes.add(note);
        System.out.println("  note: " + note);
    }

    List<Row> rows() {
        return rows;
    }

    List<String> notes() {
        return notes;
    }

    static String number(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    static String ratio(double value, double baseline) {
        return baseline == 0 || Double.isNaN(value) || Double.isNaN(baseline) ? "" : number(value / baseline, 2) + "×";
    }

    static String mib(long bytes) {
        return bytes < 0 ? "n/a" : number(bytes / 1024.0 / 1024.0, 0) + " MiB";
    }
}
