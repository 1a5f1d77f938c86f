package hu.insurer.lifeaccess.support;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The size of every table of a PostgreSQL schema with its indexes and TOAST ({@code pg_total_relation_size}),
 * measured after VACUUM, so that the space of rows a finished case deleted (its runtime rows) counts as free.
 */
public final class DatabaseFootprint {

    private final JdbcClient jdbc;

    public DatabaseFootprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Long> tableSizes() {
        jdbc.sql("VACUUM").update();
        Map<String, Long> sizes = new TreeMap<>();
        jdbc.sql("""
                SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'r' AND n.nspname = current_schema()""")
                .query((row, number) -> sizes.put(row.getString(1), row.getLong(2))).list();
        return sizes;
    }

    /** How much each table of {@code after} grew since {@code before} (a new table by its whole size). */
    public static Map<String, Long> growth(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> growth = new TreeMap<>();
        after.forEach((table, size) -> growth.put(table, size - before.getOrDefault(table, 0L)));
        return growth;
    }
}
