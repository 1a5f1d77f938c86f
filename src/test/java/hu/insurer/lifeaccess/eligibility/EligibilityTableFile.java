package hu.insurer.lifeaccess.eligibility;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The project's decision table file (dmn/eligibility.dmn, as process owners edit it), evaluated with the DMN engine
 * alone, and read textually for the reasons its rows give.
 */
public final class EligibilityTableFile {

    public static final Path FILE = Path.of(EligibilityTable.RESOURCE);
    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private final DmnDecision decision;

    private EligibilityTableFile(byte[] dmn) {
        this.decision = ENGINE.parseDecision(EligibilityTable.DECISION_KEY, new ByteArrayInputStream(dmn));
    }

    public static EligibilityTableFile deployed() {
        return new EligibilityTableFile(read());
    }

    /** A copy of the file with a change, as a process owner would make it in Modeler. */
    static EligibilityTableFile changed(Consumer<Document> change) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(read()));
            change.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return new EligibilityTableFile(out.toByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot change " + FILE, e);
        }
    }

    /** The decision the table gives for these facts, read as the application reads it. */
    public EligibilityDecision decide(EligibilityFacts facts) {
        return decide(EligibilityTable.inputs(facts));
    }

    EligibilityDecision decide(Map<String, Object> inputs) {
        DmnDecisionRuleResult row = ENGINE.evaluateDecisionTable(decision, inputs).getSingleResult();
        return EligibilityTable.decision(row == null ? null : row.getEntryMap());
    }

    /** The Hungarian reason the row with this id gives (what the agent reads). */
    public static String reasonOf(String ruleId) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(read()));
            Element rule = rule(document, ruleId);
            String text = outputEntries(rule).item(1).getTextContent().trim();
            return text.substring(1, text.length() - 1);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + ruleId + " of " + FILE, e);
        }
    }

    static Element rule(Document document, String ruleId) {
        NodeList rules = document.getElementsByTagNameNS("*", "rule");
        for (int i = 0; i < rules.getLength(); i++) {
            Element rule = (Element) rules.item(i);
            if (ruleId.equals(rule.getAttribute("id"))) {
                return rule;
            }
        }
        throw new IllegalArgumentException(FILE + " has no rule " + ruleId);
    }

    static NodeList outputEntries(Element rule) {
        return rule.getElementsByTagNameNS("*", "outputEntry");
    }

    /** Sets the expression of a row's output (0: decision, 1: reason), as typed into a cell in Modeler. */
    static void setOutput(Document document, String ruleId, int output, String expression) {
        ((Element) outputEntries(rule(document, ruleId)).item(output)).getElementsByTagNameNS("*", "text").item(0)
                .setTextContent(expression);
    }

    private static byte[] read() {
        try {
            return Files.readAllBytes(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
