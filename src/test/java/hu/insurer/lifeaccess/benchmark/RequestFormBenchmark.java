package hu.insurer.lifeaccess.benchmark;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import hu.insurer.lifeaccess.requestform.RequestFormData;
import hu.insurer.lifeaccess.requestform.RequestFormRenderer;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The request form: the application's {@link RequestFormRenderer} against bare JasperReports (fill and PDF export of
 * the same template, compiled once, with the same values already formatted), alternating, in this JVM.
 */
final class RequestFormBenchmark {

    private static final RequestFormData DATA = new RequestFormData("Kovács István", "Nagy Mária",
            LocalDate.of(1965, 3, 14), "100000001", "+36301234567", RequestFormData.REGISTRATION, "Minta Ágnes",
            "Budapest", LocalDate.of(2026, 12, 1), "ÜBK-2026-000123");

    // What RequestFormParameters makes of DATA: the bare fill gets the very values the application's fill gets.
    private static final Map<String, Object> PARAMETERS = Map.of(
            "partnerName", "Kovács István",
            "motherName", "Nagy Mária",
            "birthDate", "1965.03.14.",
            "customerCardNumber", "100000001",
            "mobileNumber", "+36 30 123 4567",
            "accessCase", "Regisztráció az Ügyfélportálra",
            "accessPurpose", "regisztrálhatok az Ügyfélportálra, és ott életbiztosítási szerződéseimet is megtekinthetem",
            "agentName", "Minta Ágnes",
            "placeAndDate", "Budapest, 2026. december 1.",
            "caseReference", "ÜBK-2026-000123");

    private final int renders;

    RequestFormBenchmark(int renders) {
        this.renders = renders;
    }

    void run(ResultTable table) throws Exception {
        long compileStart = System.nanoTime();
        RequestFormRenderer renderer = new RequestFormRenderer();
        double compileMillis = (System.nanoTime() - compileStart) / 1e6;
        JasperReport report;
        try (InputStream template = getClass().getClassLoader().getResourceAsStream(RequestFormRenderer.TEMPLATE)) {
            report = JasperCompileManager.compileReport(template);
        }
        int warmUp = Math.max(50, renders / 4);
        for (int i = 0; i < warmUp; i++) {
            renderer.render(DATA);
            bare(report);
        }
        double[] application = new double[renders];
        double[] bare = new double[renders];
        int applicationBytes = 0;
        int bareBytes = 0;
        for (int i = 0; i < renders; i++) {
            long started = System.nanoTime();
            applicationBytes = renderer.render(DATA).length;
            application[i] = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            bareBytes = bare(report).length;
            bare[i] = (System.nanoTime() - started) / 1e6;
        }
        Latencies app = Latencies.of(application);
        Latencies base = Latencies.of(bare);
        table.add("form", "request form, median (ms, warm)", ResultTable.number(app.median(), 2),
                ResultTable.number(base.median(), 2), ResultTable.ratio(app.median(), base.median()),
                "≤ 1.2× and ≤ 10 ms", app.median() <= 1.2 * base.median() && app.median() <= 10);
        table.add("form", "request form, p95 (ms)", ResultTable.number(app.percentile(95), 2),
                ResultTable.number(base.percentile(95), 2), ResultTable.ratio(app.percentile(95), base.percentile(95)),
                "≤ 1.2×", app.percentile(95) <= 1.2 * base.percentile(95));
        table.add("form", "template compiled per request", app.median() < compileMillis / 10 ? "no" : "yes",
                "", "", "never", app.median() < compileMillis / 10);
        table.note(String.format("Request form: %,d renders each, alternating, after %,d warm-up renders; the PDF is %,d"
                        + " bytes (bare: %,d); compiling the template once takes %,.0f ms (the renderer does it when"
                        + " created).", renders, warmUp, applicationBytes, bareBytes, compileMillis));
    }

    private static byte[] bare(JasperReport report) throws Exception {
        return JasperExportManager.exportReportToPdf(
                JasperFillManager.fillReport(report, new HashMap<>(PARAMETERS), new JREmptyDataSource()));
    }
}
