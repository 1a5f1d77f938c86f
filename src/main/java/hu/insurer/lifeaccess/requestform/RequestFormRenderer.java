package hu.insurer.lifeaccess.requestform;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Renders the request form ("Igénylő nyomtatvány") the customer signs, as a PDF.
 * The template is compiled once, when the bean is created (about a second); each {@link #render} only fills and
 * exports it (tens of milliseconds). Thread-safe: the compiled report is never modified after construction.
 */
@Component
public class RequestFormRenderer {

    public static final String TEMPLATE = "reports/request-form.jrxml";
    public static final String MIME_TYPE = "application/pdf";

    private static final Logger LOG = LoggerFactory.getLogger(RequestFormRenderer.class);

    private final String templateResource;
    private final JasperReport report;
    private final ReportFonts fonts;

    public RequestFormRenderer() {
        this(TEMPLATE);
    }

    RequestFormRenderer(String templateResource) {
        long start = System.nanoTime();
        this.templateResource = templateResource;
        this.report = compile(templateResource);
        this.fonts = ReportFonts.load();
        LOG.info("Compiled request form template {} in {} ms", templateResource,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /**
     * @throws UnprintableCharacterException when a value holds a character the form's fonts lack (it would print as
     *         an empty box on the form the customer signs)
     */
    public byte[] render(RequestFormData data) {
        Map<String, Object> values = RequestFormParameters.of(data);
        values.forEach((field, value) -> fonts.firstUnprintable(value.toString()).ifPresent(codePoint -> {
            throw new UnprintableCharacterException(field, codePoint);
        }));
        try {
            // A mutable copy: filling writes Jasper's built-in parameters into the map.
            JasperPrint print = JasperFillManager.fillReport(report, new HashMap<>(values), new JREmptyDataSource());
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException | JRRuntimeException e) {
            throw new RequestFormException("Could not fill the request form for case " + data.caseReference()
                    + " from " + templateResource + ": " + e.getMessage(), e);
        }
    }

    /** The download name, e.g. {@code igenylo-nyomtatvany-123456789.pdf}; unsafe characters become '_'. */
    public static String fileName(String customerCardNumber) {
        return "igenylo-nyomtatvany-" + customerCardNumber.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
    }

    private static JasperReport compile(String templateResource) {
        try (InputStream template = RequestFormRenderer.class.getClassLoader().getResourceAsStream(templateResource)) {
            if (template == null) {
                throw new RequestFormException("Request form template " + templateResource
                        + " is not on the classpath; check that the reports/ folder is packaged with the application");
            }
            return JasperCompileManager.compileReport(template);
        } catch (IOException | JRException | JRRuntimeException e) {
            throw new RequestFormException("Request form template " + templateResource
                    + " could not be compiled: " + e.getMessage(), e);
        }
    }
}
