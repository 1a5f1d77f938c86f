package hu.insurer.lifeaccess.benchmark;

import java.util.Arrays;

/** Measured durations in milliseconds, sorted, and their percentiles. */
record Latencies(double[] sortedMillis) {

    static Latencies of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    double percentile(double percent) {
        if (sortedMillis.length == 0) {
            return Double.NaN;
        }
        return sortedMillis[Math.max(0, (int) Math.ceil(percent / 100.0 * sortedMillis.length) - 1)];
    }

    double median() {
        return percentile(50);
    }

    double max() {
        return sortedMillis.length == 0 ? Double.NaN : sortedMillis[sortedMillis.length - 1];
    }

    int count() {
        return sortedMillis.length;
    }
}
